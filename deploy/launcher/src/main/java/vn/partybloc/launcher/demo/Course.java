package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.util.List;

/** A course the Bloc ran, with the people who completed it (all enrolled ones), in enrollment order. */
public record Course(
        String title,
        String topic,
        String format,
        LocalDate startsOn,
        LocalDate endsOn,
        String place,
        int capacity,
        List<Completion> completions) {

    public record Completion(String memberNationalId, String result, LocalDate completedOn, String certificateNumber) {}

    public List<String> attendees() {
        return completions.stream().map(Completion::memberNationalId).toList();
    }
}
