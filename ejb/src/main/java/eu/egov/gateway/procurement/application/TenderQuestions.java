package eu.egov.gateway.procurement.application;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import eu.egov.gateway.audit.application.AuditLog;
import eu.egov.gateway.identity.domain.Caller;
import eu.egov.gateway.identity.domain.Role;
import eu.egov.gateway.procurement.domain.Tender;
import eu.egov.gateway.procurement.domain.TenderQuestion;
import eu.egov.gateway.procurement.domain.TenderRepository;
import eu.egov.gateway.shared.domain.Rejection;
import eu.egov.gateway.shared.infrastructure.SchemaCheck;

/** Questions and answers: firms ask until the questions deadline; the authority answers for all to read. */
@Stateless
public class TenderQuestions {

    @Inject
    private TenderRepository tenders;

    @Inject
    private TenderAccess access;

    @Inject
    private AuditLog audit;

    public QuestionView ask(Caller caller, String reference, String question) {
        caller.require(Role.BIDDER);
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        TenderQuestion asked = new TenderQuestion(tender, caller.organisationId(), text(question, caller), Instant.now());
        tenders.add(asked);
        audit.record(caller.username(), "tender.question-asked", tender.id(), asked.id());
        return view(asked);
    }

    public QuestionView answer(Caller caller, String tenderId, String questionId, String answer) {
        Tender tender = access.own(caller, tenderId);
        TenderQuestion question = tenders.question(tender.id(), questionId).orElseThrow(Rejection::notFound);
        question.answer(text(answer, caller), caller.userId(), Instant.now());
        audit.record(caller.username(), "tender.question-answered", tender.id(), question.id());
        return view(question);
    }

    /** What everyone reads: each question, anonymised, with its answer once given. */
    public List<QuestionView> published(String reference) {
        Tender tender = tenders.publishedByReference(reference).orElseThrow(Rejection::notFound);
        return tenders.questions(tender.id()).stream().map(TenderQuestions::view).toList();
    }

    public List<QuestionView> ofTender(Caller caller, String tenderId) {
        return tenders.questions(access.own(caller, tenderId).id()).stream().map(TenderQuestions::view).toList();
    }

    private static String text(String text, Caller caller) {
        if (text == null || text.isBlank() || text.length() > TenderQuestion.MAX_LENGTH) {
            throw Rejection.invalid("text",
                    SchemaCheck.wording("text.required", caller.language(), TenderQuestion.MAX_LENGTH));
        }
        return text.strip();
    }

    private static QuestionView view(TenderQuestion question) {
        return new QuestionView(question.id(), question.question(), question.askedAt(), question.answer(),
                question.answeredAt());
    }
}
