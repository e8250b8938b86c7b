package eu.egov.gateway.notification.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A block of IP addresses in CIDR notation, such as 10.0.0.0/8 or fc00::/7. */
public record Network(byte[] prefix, int length) {

    /** Parses an address literal with its prefix length; never asks DNS. */
    public static Network parse(String cidr) {
        String[] parts = cidr.strip().split("/", 2);
        if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not a network in CIDR notation: " + cidr);
        }
        try {
            byte[] address = InetAddress.getByName(parts[0]).getAddress();
            int length = Integer.parseInt(parts[1]);
            if (length < 0 || length > address.length * 8) {
                throw new IllegalArgumentException("prefix length out of range: " + cidr);
            }
            return new Network(address, length);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not a network in CIDR notation: " + cidr, e);
        }
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != prefix.length) {
            return false;
        }
        int whole = length / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != prefix[i]) {
                return false;
            }
        }
        int rest = length % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (candidate[whole] & mask) == (prefix[whole] & mask);
    }
}
