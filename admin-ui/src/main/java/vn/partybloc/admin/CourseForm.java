package vn.partybloc.admin;

import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.CourseFormat;
import vn.partybloc.client.model.CourseRequest;
import vn.partybloc.client.model.CourseTopic;

/** A course scheduled by an organization, as the form's fields named as the request's, under one idempotency key. */
public class CourseForm extends KeyedForm {

    @RestForm
    String title;

    @RestForm
    String topic;

    @RestForm
    String format;

    @RestForm
    String startsOn;

    @RestForm
    String endsOn;

    @RestForm
    String place;

    @RestForm
    String capacity;

    static CourseForm blank() {
        CourseForm form = new CourseForm();
        form.newKey();
        return form;
    }

    /** The request; a field left empty (or not a day, a number, a code of its list) is sent empty, for the API to say so. */
    CourseRequest request(UUID organizationId) {
        return new CourseRequest()
                .title(FormFields.text(title))
                .topic(FormFields.code(topic, CourseTopic::fromValue))
                .organizationId(organizationId)
                .format(FormFields.code(format, CourseFormat::fromValue))
                .startsOn(FormFields.day(startsOn))
                .endsOn(FormFields.day(endsOn))
                .place(FormFields.text(place))
                .capacity(FormFields.whole(capacity));
    }

    public String getTitle() {
        return title;
    }

    public String getTopic() {
        return topic;
    }

    public String getFormat() {
        return format;
    }

    public String getStartsOn() {
        return startsOn;
    }

    public String getEndsOn() {
        return endsOn;
    }

    public String getPlace() {
        return place;
    }

    public String getCapacity() {
        return capacity;
    }
}
