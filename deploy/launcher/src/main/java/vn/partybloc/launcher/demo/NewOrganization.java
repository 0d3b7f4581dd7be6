package vn.partybloc.launcher.demo;

/**
 * An organization the demo founds or receives. {@code parentCode} is null only for the Bloc itself; the loader turns it
 * into the parent's id.
 */
public record NewOrganization(
        String code,
        String name,
        String type,
        String parentCode,
        String hostUnitName,
        String hostUnitKind,
        boolean meetsOnline) {}
