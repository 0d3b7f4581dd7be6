package vn.partybloc.admin;

import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.ComplaintChannel;
import vn.partybloc.client.model.ComplaintKind;
import vn.partybloc.client.model.ComplaintRequest;

/**
 * A complaint or denunciation received, as a form's fields named as the request's: its kind, day and channel, what it
 * is about (the organization of the page, or a member of it chosen by name: {@code memberId}, the API's
 * {@code subjectMemberId}), what it says, who sent it (none for an anonymous one) and the organization whose inspection
 * committee resolves it.
 */
public class ComplaintForm extends KeyedForm {

    static final String ABOUT_MEMBER = "member";

    @RestForm
    String kind;

    @RestForm
    String receivedOn;

    @RestForm
    String channel;

    @RestForm
    String subject;

    @RestForm
    String memberId;

    @RestForm
    String content;

    @RestForm
    String complainantName;

    @RestForm
    String complainantContact;

    @RestForm
    String assignedOrganizationId;

    /** A blank form: a complaint received today about the organization, resolved by its own inspection committee. */
    static ComplaintForm blank(UUID organization, String today) {
        ComplaintForm form = new ComplaintForm();
        form.newKey();
        form.receivedOn = today;
        form.assignedOrganizationId = organization.toString();
        return form;
    }

    /** The request: about the member chosen when the form says so, else about {@code organization}. */
    ComplaintRequest request(UUID organization) {
        boolean aboutMember = ABOUT_MEMBER.equals(subject);
        return new ComplaintRequest()
                .kind(FormFields.code(kind, ComplaintKind::fromValue))
                .receivedOn(FormFields.day(receivedOn))
                .channel(FormFields.code(channel, ComplaintChannel::fromValue))
                .subjectMemberId(aboutMember ? FormFields.id(memberId) : null)
                .subjectOrganizationId(aboutMember ? null : organization)
                .content(FormFields.text(content))
                .complainantName(FormFields.text(complainantName))
                .complainantContact(FormFields.text(complainantContact))
                .assignedOrganizationId(FormFields.id(assignedOrganizationId));
    }

    public String getKind() {
        return kind;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public String getChannel() {
        return channel;
    }

    public boolean isAboutMember() {
        return ABOUT_MEMBER.equals(subject);
    }

    public String getMemberId() {
        return memberId;
    }

    public String getContent() {
        return content;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public String getComplainantContact() {
        return complainantContact;
    }

    public String getAssignedOrganizationId() {
        return assignedOrganizationId;
    }
}
