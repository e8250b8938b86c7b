package eu.egov.gateway.load;

/** A scenario's knobs, from system properties ({@code -Dbench.<name>=…}) with the documented defaults. */
final class Options {

    private Options() {
    }

    static int integer(String name, int fallback) {
        return Integer.parseInt(System.getProperty("bench." + name, String.valueOf(fallback)));
    }

    static String text(String name, String fallback) {
        return System.getProperty("bench." + name, fallback);
    }
}
