// A filing being prepared, as the API keeps it: made on the first save, saved over the version last
// read (If-Match), given documents, checked, submitted. Every call that changes the draft changes its
// version, so calls go one after the other, each with the ETag the previous one returned.
import {request, upload} from './api.js';

/** An Idempotency-Key: if the answer to "create" is lost and the user tries again, the gateway returns the same draft. */
function randomKey() {
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), byte => byte.toString(16).padStart(2, '0')).join('');
}

export class Draft {
    #queue = Promise.resolve();
    #key = randomKey();

    /** mandate: the reference of the mandate under which an intermediary starts the draft for its client. */
    constructor(form, filing = null, etag = null, mandate = null) {
        this.form = form;
        this.filing = filing;
        this.etag = etag;
        this.mandate = mandate;
    }

    static async open(id) {
        const {body, etag} = await request('GET', `filings/${encodeURIComponent(id)}`);
        return new Draft(body.form, body, etag);
    }

    get path() {
        return `filings/${encodeURIComponent(this.filing.id)}`;
    }

    #serially(task) {
        const run = this.#queue.then(task);
        this.#queue = run.catch(() => {});
        return run;
    }

    #accept({body, etag}) {
        this.filing = body;
        this.etag = etag ?? `"${body.version}"`;
        return body;
    }

    /** Saves the data (making the draft first if need be); nothing is sent when nothing changed. */
    save(data) {
        return this.#serially(async () => {
            if (!this.filing) {
                return this.#accept(await request('POST', 'filings',
                    {json: {form: this.form, data, mandate: this.mandate ?? undefined}, headers: {'Idempotency-Key': this.#key}}));
            }
            if (JSON.stringify(data) === JSON.stringify(this.filing.data)) {
                return this.filing;
            }
            return this.#accept(await request('PUT', `${this.path}/data`, {json: {data}, headers: {'If-Match': this.etag}}));
        });
    }

    /** Uploads a document for a slot of the saved draft; resolves to the attachment the draft now holds there. */
    attach(slot, file, onProgress) {
        return this.#serially(async () => {
            this.#accept(await upload(`${this.path}/attachments/${encodeURIComponent(slot)}`, file, onProgress));
            return this.filing.attachments.find(attachment => attachment.slot === slot);
        });
    }

    /**
     * "Check my file": {violations, advisories}, each [{pointer, label, message, legalBasis, why}]; the
     * violations are what submission would refuse now, the advisories what deserves a second look.
     */
    check() {
        return this.#serially(async () => (await request('POST', `${this.path}/check`)).body);
    }

    submit() {
        return this.#serially(async () => this.#accept(await request('POST', `${this.path}/submission`)));
    }

    /** Sends again a filing the authority asked the firm to complete. */
    complete() {
        return this.#serially(async () => this.#accept(await request('POST', `${this.path}/completion`)));
    }

    /** Takes the version someone else saved, after a conflict. */
    reload() {
        return this.#serially(async () => this.#accept(await request('GET', this.path)));
    }
}
