package vn.partybloc.admin;

import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.Course;
import vn.partybloc.client.model.CourseFormat;
import vn.partybloc.client.model.CourseRequest;
import vn.partybloc.client.model.CourseTopic;

/**
 * A course as the form's fields named as the request's: scheduled by an organization under one idempotency key, or its
 * details changed for the version the page showed.
 */
public class CourseForm extends ChangeForm {

    /** The lists a course's form offers, labelled in the page's words. */
    public record Choices(List<Option> topics, List<Option> formats) {

        static Choices in(Labels labels) {
            return new Choices(
                    Option.of(List.of(CourseTopic.values()), labels::topic),
                    Option.of(List.of(CourseFormat.values()), labels::course_format));
        }
    }

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

    /** The course's details as the form shows them to be changed, for its version. */
    static CourseForm of(Course course) {
        CourseForm form = new CourseForm();
        form.title = course.getTitle();
        form.topic = course.getTopic().toString();
        form.format = course.getFormat().toString();
        form.startsOn = String.valueOf(course.getStartsOn());
        form.endsOn = String.valueOf(course.getEndsOn());
        form.place = course.getPlace();
        form.capacity = String.valueOf(course.getCapacity());
        form.show(course.getVersion());
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
