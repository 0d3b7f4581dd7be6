package vn.partybloc.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.EventFeed;

/**
 * Measures the positions import through the API: a cold file (the service's first positions import, while the JIT
 * compiles its code), then a file of as many rows for other committees in the warmed service, then that file again (all
 * rows unchanged). Each file seats {@value #GRASSROOTS} grassroots committees' executive committees (a secretary, two
 * deputies and six members each) and their {@value #CELLS} cells' committees (a secretary and a deputy each), the shape
 * of the demo's committee posts. Prints the figures; asserts only correctness.
 * Run: {@code ./mvnw -B verify -pl member-service -am -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=PositionImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@Tag("benchmark")
class PositionImportBenchmark {

    private static final int GRASSROOTS = 120;
    private static final int CELLS = 2;
    private static final int MEMBERS_PER_CELL = 8;
    private static final int ROWS = GRASSROOTS * (9 + 2 * CELLS);
    private static final String PATH = "/api/v1/positions/imports";
    private static final String HEADER =
            "memberNationalId,committeeId,position,appointment,decisionNumber,startsOn,endsOn,endReason\n";

    @Test
    void positionsImportThroughput() {
        String coldFile = seatsOfNewGrassrootsCommittees();
        String measuredFile = seatsOfNewGrassrootsCommittees();

        TimedImport cold = TimedImport.of(PATH, coldFile);
        assertEquals(ROWS, cold.job().getInt("createdRows"), () -> cold.job().prettify());
        TimedImport first = TimedImport.of(PATH, measuredFile);
        assertEquals(ROWS, first.job().getInt("createdRows"), () -> first.job().prettify());
        TimedImport again = TimedImport.of(PATH, measuredFile);
        assertEquals(
                ROWS, again.job().getInt("unchangedRows"), () -> again.job().prettify());

        cold.log("cold positions import (the service's first)", ROWS);
        first.log("positions import via API (CSV, every position rule, events)", ROWS);
        again.log("same positions file again (all unchanged)", ROWS);
    }

    /**
     * Founds {@value #GRASSROOTS} grassroots committees with their cells, imports the cells' members and forms the
     * committees; returns the positions file that seats them.
     */
    private static String seatsOfNewGrassrootsCommittees() {
        Organization bloc = Organization.bloc();
        List<Organization> grassroots = new ArrayList<>();
        List<List<Organization>> cellsOf = new ArrayList<>();
        for (int g = 0; g < GRASSROOTS; g++) {
            Organization committee = Organization.childSentAsync(bloc, "GRASSROOTS_COMMITTEE");
            List<Organization> cells = new ArrayList<>();
            for (int c = 0; c < CELLS; c++) {
                cells.add(Organization.childSentAsync(committee, "SUBORDINATE_CELL"));
            }
            grassroots.add(committee);
            cellsOf.add(cells);
        }
        EventFeed.flush();
        Organization last = cellsOf.get(GRASSROOTS - 1).get(CELLS - 1);
        Organization.awaitReplica(last.id(), "ACTIVE", 0);

        StringBuilder members = new StringBuilder(ImportTest.CSV_HEADER);
        List<List<List<String>>> nationalIds = new ArrayList<>();
        for (List<Organization> cells : cellsOf) {
            List<List<String>> ofCells = new ArrayList<>();
            for (Organization cell : cells) {
                List<String> ids = new ArrayList<>();
                for (int m = 0; m < MEMBERS_PER_CELL; m++) {
                    String nationalId = Members.nationalId();
                    ids.add(nationalId);
                    members.append(ImportTest.csvRow("Đảng Viên " + m, nationalId, cell.id(), "2011-05-19", "x"));
                }
                ofCells.add(ids);
            }
            nationalIds.add(ofCells);
        }
        TimedImport admitted = TimedImport.of("/api/v1/members/imports", members.toString());
        assertEquals(
                GRASSROOTS * CELLS * MEMBERS_PER_CELL,
                admitted.job().getInt("createdRows"),
                () -> admitted.job().prettify());

        StringBuilder positions = new StringBuilder(HEADER);
        for (int g = 0; g < GRASSROOTS; g++) {
            UUID executive = Committees.committee(grassroots.get(g).id(), "EXECUTIVE_COMMITTEE");
            List<List<String>> ids = nationalIds.get(g);
            seat(positions, ids.get(0).get(0), executive, "SECRETARY");
            seat(positions, ids.get(0).get(1), executive, "DEPUTY_SECRETARY");
            seat(positions, ids.get(1).get(0), executive, "DEPUTY_SECRETARY");
            for (int m = 2; m < 5; m++) {
                seat(positions, ids.get(0).get(m), executive, "MEMBER");
                seat(positions, ids.get(1).get(m - 1), executive, "MEMBER");
            }
            for (int c = 0; c < CELLS; c++) {
                UUID cellCommittee = Committees.committee(cellsOf.get(g).get(c).id(), "CELL_COMMITTEE");
                seat(positions, ids.get(c).get(5), cellCommittee, "SECRETARY");
                seat(positions, ids.get(c).get(6), cellCommittee, "DEPUTY_SECRETARY");
            }
        }
        return positions.toString();
    }

    private static void seat(StringBuilder file, String nationalId, UUID committee, String position) {
        file.append(nationalId)
                .append(',')
                .append(committee)
                .append(',')
                .append(position)
                .append(",ELECTED,20-QĐ/ĐUK,2025-06-20,,\n");
    }
}
