package eu.egov.gateway.procurement.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * The rules of a call for tenders that span fields, which a JSON Schema does not express: the
 * criteria of each lot weigh 100 in all, CPV codes exist, deadlines lie ahead and in order, and
 * the opening board is made of the authority's opening members and needs no more of them than it has.
 */
public final class TenderRules {

    private static final int TOTAL_WEIGHT = 100;

    private TenderRules() {
    }

    /** What breaks the rules, as (pointer, message key, argument) findings for the caller to word. */
    public static List<Finding> check(TenderDraft draft, Instant now, Predicate<String> cpvExists,
                                      Predicate<String> isOpeningMember) {
        List<Finding> findings = new ArrayList<>();
        if (!draft.questionsDeadline().isAfter(now)) {
            findings.add(new Finding("/questionsDeadline", "deadline.past", null));
        }
        if (!draft.submissionDeadline().isAfter(draft.questionsDeadline())) {
            findings.add(new Finding("/submissionDeadline", "deadline.order", null));
        }
        List<String> members = draft.boardMembers();
        for (int i = 0; i < members.size(); i++) {
            if (!isOpeningMember.test(members.get(i))) {
                findings.add(new Finding("/openingBoard/members/" + i, "board.member", members.get(i)));
            }
        }
        if (draft.threshold() > members.size()) {
            findings.add(new Finding("/openingBoard/threshold", "board.threshold", members.size()));
        }
        List<JsonObject> lots = draft.lots();
        for (int lot = 0; lot < lots.size(); lot++) {
            List<JsonString> codes = lots.get(lot).getJsonArray("cpv").getValuesAs(JsonString.class);
            for (int code = 0; code < codes.size(); code++) {
                if (!cpvExists.test(codes.get(code).getString())) {
                    findings.add(new Finding("/lots/" + lot + "/cpv/" + code, "cpv.unknown", codes.get(code).getString()));
                }
            }
            int weight = lots.get(lot).getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                    .mapToInt(criterion -> criterion.getInt("weight")).sum();
            if (weight != TOTAL_WEIGHT) {
                findings.add(new Finding("/lots/" + lot + "/criteria", "criteria.weights", weight));
            }
        }
        return findings;
    }

    /** A broken rule: where, which (a key of the violations bundle), and the value its wording needs. */
    public record Finding(String pointer, String key, Object argument) {
    }
}
