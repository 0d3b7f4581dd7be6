package vn.partybloc.admin;

/**
 * Who a member is, as the admission and the details forms both ask it, shown by the include {@code personalFields}
 * under the requests' names.
 */
public interface PersonalFields {

    String getFullName();

    String getBirthName();

    String getDateOfBirth();

    String getGender();

    String getEthnicity();

    String getReligion();

    String getHometown();
}
