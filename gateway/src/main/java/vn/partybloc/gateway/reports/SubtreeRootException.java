package vn.partybloc.gateway.reports;

/**
 * A report named no subtree and the gateway could not find the Bloc to default to: 404 when organization-service
 * records none (or is not deployed), 503 when it could not be asked. Either way the caller can name the subtree.
 */
public class SubtreeRootException extends RuntimeException {

    private final int status;
    private final String detailKey;

    SubtreeRootException(int status, String detailKey) {
        super(detailKey);
        this.status = status;
        this.detailKey = detailKey;
    }

    public int status() {
        return status;
    }

    /** The key of the problem's detail in the gateway's problem texts. */
    public String detailKey() {
        return detailKey;
    }
}
