package vn.partybloc.launcher.demo;

/** The dataset {@code ./run.sh demo} loads, generated once for all the tests of the JVM. */
final class Demo {

    static final DemoDataset DATASET = DemoDataset.generate(DemoSeed.DEMO);
    static final TreeAsOf AS_OF = TreeAsOf.of(DATASET.organizations(), DemoDataset.AS_OF);

    private Demo() {}
}
