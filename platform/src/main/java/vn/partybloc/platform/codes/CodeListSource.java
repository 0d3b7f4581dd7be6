package vn.partybloc.platform.codes;

import java.util.List;

/** A service's code lists: each service declares the ones whose codes its own data takes, as a CDI bean. */
public interface CodeListSource {

    List<CodeList> codeLists();
}
