package eu.egov.gateway.procurement.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The passphrases board members have entered for a tender, held in memory only, until enough of
 * them are there to open the bids or the window closes. They are never written anywhere.
 */
@ApplicationScoped
public class OpeningWindow {

    /** How long a member's passphrase waits for the others'. */
    static final Duration LENGTH = Duration.ofMinutes(30);

    private final Map<String, Map<String, Entered>> byTender = new ConcurrentHashMap<>();

    /** Adds a member's passphrase; answers copies of all entered within the window, for the caller to wipe. */
    synchronized Map<String, char[]> enter(String tenderId, String member, char[] passphrase, Instant now) {
        Map<String, Entered> entered = byTender.computeIfAbsent(tenderId, id -> new HashMap<>());
        entered.values().removeIf(e -> e.expired(now) && e.wipe());
        Entered previous = entered.put(member, new Entered(passphrase.clone(), now));
        if (previous != null) {
            previous.wipe();
        }
        Map<String, char[]> present = new HashMap<>();
        entered.forEach((who, e) -> present.put(who, e.passphrase().clone()));
        return present;
    }

    /** Who has entered a passphrase that still waits, for the board to see how many more are needed. */
    synchronized Set<String> members(String tenderId, Instant now) {
        Map<String, Entered> entered = byTender.getOrDefault(tenderId, Map.of());
        return entered.entrySet().stream().filter(e -> !e.getValue().expired(now)).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Forgets one member's passphrase, a wrong one say. */
    synchronized void forget(String tenderId, String member) {
        Map<String, Entered> entered = byTender.get(tenderId);
        if (entered != null && entered.containsKey(member)) {
            entered.remove(member).wipe();
        }
    }

    /** Forgets every passphrase entered for the tender, once its bids are open. */
    synchronized void close(String tenderId) {
        Map<String, Entered> entered = byTender.remove(tenderId);
        if (entered != null) {
            entered.values().forEach(Entered::wipe);
        }
    }

    @PreDestroy
    synchronized void forgetAll() {
        byTender.values().forEach(entered -> entered.values().forEach(Entered::wipe));
        byTender.clear();
    }

    private record Entered(char[] passphrase, Instant at) {

        boolean expired(Instant now) {
            return at.plus(LENGTH).isBefore(now);
        }

        boolean wipe() {
            Arrays.fill(passphrase, '\0');
            return true;
        }
    }
}
