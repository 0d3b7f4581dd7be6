package vn.partybloc.contracts;

/** The Kafka topics the services publish their events on; {@code docs/events.md} describes what each carries. */
public final class Topics {

    public static final String ORGANIZATIONS = "party.organizations.v1";
    public static final String MEMBERS = "party.members.v1";
    public static final String COMMITTEES = "party.committees.v1";
    public static final String POSITIONS = "party.positions.v1";
    public static final String MEETINGS = "party.meetings.v1";
    public static final String TRAINING = "party.training.v1";
    public static final String EVALUATIONS = "party.evaluations.v1";

    private Topics() {}
}
