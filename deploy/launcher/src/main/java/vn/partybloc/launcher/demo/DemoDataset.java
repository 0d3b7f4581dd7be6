package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The whole demo Bloc as values, generated from seeds alone (no network, no clock): its organizations and their history,
 * members (as the register stands at the end, and how it goes through the history), committees and seats, courses,
 * the ratings of 2020, 2021 and 2022, and the cells' meetings of the year up to the article's date with the committee
 * members who follow them. Organizations are named by code and members by
 * national id; the loader turns them into the ids the services assign.
 */
public record DemoDataset(
        OrganizationHistory organizations,
        List<Member> members,
        RegisterHistory register,
        List<Committee> committees,
        List<Position> positions,
        List<Course> courses,
        List<Rating> ratings,
        List<CellMeetings> meetings,
        List<CellMeetings.Following> followings) {

    /** The date the article's figures describe. */
    public static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    /** The years of {@link #ratings()}, in the order they are rated. */
    public static final List<Integer> RATING_YEARS = RatingsGenerator.YEARS;

    public DemoDataset {
        members = List.copyOf(members);
        committees = List.copyOf(committees);
        positions = List.copyOf(positions);
        courses = List.copyOf(courses);
        ratings = List.copyOf(ratings);
        meetings = List.copyOf(meetings);
        followings = List.copyOf(followings);
    }

    public static DemoDataset generate(DemoSeed seed) {
        BlocGenerator bloc = new BlocGenerator(new Random(seed.organizations()));
        OrganizationHistory organizations = bloc.generate();
        CellOrigins origins = CellOrigins.of(organizations, bloc.tree());
        PeopleGenerator.People people = new PeopleGenerator(
                        new Random(seed.people()), bloc.tree(), origins, RegisterHistory.leavingCells(organizations))
                .generate();
        RegisterHistory register = RegisterHistory.of(origins, people.members(), people.leavers());
        List<Course> courses = new TrainingGenerator(new Random(seed.training()))
                .generate(people.members(), grassroots(people.positions()));
        OrganizationPresence presence = OrganizationPresence.of(organizations);
        List<Rating> ratings = new RatingsGenerator(new Random(seed.ratings())).generate(presence, bloc.tree(), people);
        MeetingsGenerator.Generated meetings = new MeetingsGenerator(
                        new Random(seed.meetings()), bloc.tree(), presence, organizations)
                .generate(people.members(), people.positions());
        return new DemoDataset(
                organizations,
                people.members(),
                register,
                people.committees(),
                people.positions(),
                courses,
                ratings,
                meetings.meetings(),
                meetings.followings());
    }

    /** The people who hold a seat on a committee. */
    public long committeeMembers() {
        return positions.stream().map(Position::memberNationalId).distinct().count();
    }

    /** The people who hold a seat on a committee of a grassroots organization (the article's 1,017). */
    public long grassrootsCommitteeMembers() {
        return grassroots(positions).stream()
                .map(Position::memberNationalId)
                .distinct()
                .count();
    }

    /** The seats on the committees of the grassroots organizations, not of their subordinate cells. */
    static List<Position> grassroots(List<Position> positions) {
        return positions.stream()
                .filter(p -> !p.organizationCode().startsWith("SC")) // the codes BlocGenerator gives subordinate cells
                .toList();
    }
}
