package vn.partybloc.member.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 12-digit personal id (CCCD): only twelve ASCII digits are accepted; digit 4 (century and gender) and digits 5–6
 * (year of birth) that disagree with the member's data give warnings, never a refusal.
 */
class NationalIdsTest {

    @Test
    void twelveDigitsAreWellFormed() {
        assertTrue(NationalIds.isWellFormed("001085012345"));
        assertTrue(NationalIds.isWellFormed("000000000000"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "00108501234",
                "0010850123456",
                "00108501234a",
                "001 85012345",
                " 001085012345",
                "001085012345\n",
                "００１０８５０１２３４５",
                "٠٠١٠٨٥٠١٢٣٤٥"
            })
    void anythingButTwelveAsciiDigitsIsMalformed(String nationalId) {
        assertFalse(NationalIds.isWellFormed(nationalId));
    }

    @ParameterizedTest
    @CsvSource({
        // id, gender, date of birth: digit 4 even = male, odd = female; 0/1 the 1900s, 2/3 the 2000s, 4/5 the 2100s
        "001085012345, MALE, 1985-04-12",
        "001185012345, FEMALE, 1985-04-12",
        "079200012345, MALE, 2000-01-01",
        "079305012345, FEMALE, 2005-12-31",
        "079499012345, MALE, 2199-06-30",
        "079500012345, FEMALE, 2100-01-01",
        "001099012345, MALE, 1999-12-31"
    })
    void anIdThatAgreesWithGenderAndYearGivesNoWarning(String nationalId, Gender gender, LocalDate born) {
        assertEquals(List.of(), NationalIds.warnings(nationalId, gender, born));
    }

    @Test
    void digitFourNamesTheGender() {
        assertEquals(
                List.of("nationalId digit 4 says MALE but gender is FEMALE"),
                NationalIds.warnings("001085012345", Gender.FEMALE, LocalDate.of(1985, 4, 12)));
        assertEquals(
                List.of("nationalId digit 4 says FEMALE but gender is MALE"),
                NationalIds.warnings("001385012345", Gender.MALE, LocalDate.of(2085, 4, 12)));
    }

    @Test
    void digitFourNamesTheCenturyAndDigitsFiveAndSixTheYear() {
        assertEquals(
                List.of("nationalId says born in 1985 but dateOfBirth is 1986-01-01"),
                NationalIds.warnings("001085012345", Gender.MALE, LocalDate.of(1986, 1, 1)));
        // Right two digits, wrong century: digit 2 means the 2000s.
        assertEquals(
                List.of("nationalId says born in 2085 but dateOfBirth is 1985-04-12"),
                NationalIds.warnings("001285012345", Gender.MALE, LocalDate.of(1985, 4, 12)));
    }

    @Test
    void bothMismatchesAreReportedTogether() {
        assertEquals(
                List.of(
                        "nationalId digit 4 says FEMALE but gender is MALE",
                        "nationalId says born in 1990 but dateOfBirth is 1985-04-12"),
                NationalIds.warnings("001190012345", Gender.MALE, LocalDate.of(1985, 4, 12)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"001685012345", "001785012345", "001985012345"})
    void aDigitFourBeyondTheDefinedCodesIsNotChecked(String nationalId) {
        assertEquals(List.of(), NationalIds.warnings(nationalId, Gender.FEMALE, LocalDate.of(1950, 1, 1)));
    }

    @Test
    void withoutGenderOrDateOfBirthThereIsNothingToCompare() {
        assertEquals(List.of(), NationalIds.warnings("001085012345", null, LocalDate.of(1990, 1, 1)));
        assertEquals(List.of(), NationalIds.warnings("001085012345", Gender.FEMALE, null));
    }
}
