package vn.partybloc.training.domain;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/** Looks for obligations past their due date; each is marked and announced once (TrainingObligationOverdue). */
@ApplicationScoped
public class OverdueCheck {

    private static final Logger LOG = Logger.getLogger(OverdueCheck.class);

    private final ObligationService obligations;
    private final Clock clock;

    public OverdueCheck(ObligationService obligations, Clock clock) {
        this.obligations = obligations;
        this.clock = clock;
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
        int marked = obligations.markOverdue(LocalDate.now(clock));
        if (marked > 0) {
            LOG.infof("%d training obligation(s) became overdue", marked);
        }
        return marked;
    }
}
