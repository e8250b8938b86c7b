package eu.egov.gateway.trust.domain;

/** Fewer opening board members came to open a tender than its threshold requires. */
public class NotEnoughShares extends RuntimeException {

    private final int threshold;
    private final int present;

    public NotEnoughShares(int threshold, int present) {
        super("Opening the tender takes " + threshold + " board members, " + present + " present");
        this.threshold = threshold;
        this.present = present;
    }

    public int threshold() {
        return threshold;
    }

    public int present() {
        return present;
    }
}
