package vn.partybloc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchTargetsTest {

    @Test
    void searchesForTheFamilyNameAsAUserTypesItWithoutAccents() {
        assertEquals("nguyen", BenchTargets.familyName("Nguyễn Văn An"));
        assertEquals("dang", BenchTargets.familyName(" Đặng Thị Bích"));
    }
}
