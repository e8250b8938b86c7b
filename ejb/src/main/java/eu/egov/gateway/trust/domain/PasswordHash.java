package eu.egov.gateway.trust.domain;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored Argon2id password hash in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, unpadded standard Base64), which is what
 * libargon2 and most other implementations read and write.
 */
public record PasswordHash(Argon2idCost cost, byte[] salt, byte[] hash) {

    /** Argon2 version 1.3, the only one still in use. */
    public static final int VERSION = 0x13;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=(\\d+)\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    public static PasswordHash parse(String encoded) {
        Matcher phc = PHC.matcher(encoded);
        if (!phc.matches() || Integer.parseInt(phc.group(1)) != VERSION) {
            throw new IllegalArgumentException("Not an Argon2id v=19 password hash");
        }
        Argon2idCost cost = new Argon2idCost(
                Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)), Integer.parseInt(phc.group(4)));
        Base64.Decoder base64 = Base64.getDecoder();
        return new PasswordHash(cost, base64.decode(phc.group(5)), base64.decode(phc.group(6)));
    }

    public String encoded() {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=" + VERSION + "$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }
}
