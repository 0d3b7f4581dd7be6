package vn.partybloc.training.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Looks for obligations past their due date; each is marked and announced once (TrainingObligationOverdue). */
@ApplicationScoped
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    private final ObligationService obligations;

    public OverdueCheck(ObligationService obligations) {
        this.obligations = obligations;
    }

    @Scheduled(
            identity = "obligations-overdue",
            every = "${partybloc.training.obligation.overdue-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Returns how many obligations became overdue now. */
    public int run() {
        int marked = obligations.markOverdue(Today.date());
        if (marked > 0) {
            LOG.infof("%d training obligation(s) became overdue", marked);
        }
        return marked;
    }
}
