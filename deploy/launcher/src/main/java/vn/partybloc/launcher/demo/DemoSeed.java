package vn.partybloc.launcher.demo;

/**
 * The seeds of the demo's five random streams. They are separate so that each part keeps its data when another part's
 * generation changes.
 */
public record DemoSeed(long organizations, long people, long training, long ratings, long meetings) {

    /** The seeds {@code ./run.sh demo} has always used. */
    public static final DemoSeed DEMO = new DemoSeed(20_230_630L, 14_357L, 14_358L, 2_022L, 2_023L);
}
