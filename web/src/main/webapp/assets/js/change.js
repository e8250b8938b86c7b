// A change the user asks for on a page that lists what it changes: done, then the page drawn anew, with
// a notice of what happened and focus on the heading of where it shows; or refused, the page left as it
// was, with the server's words on why.
import {Problem} from './api.js';
import {focusHeading} from './dom.js';
import {clearErrors, clearFieldErrors, showProblem} from './errors.js';
import {pageNotices} from './layout.js';
import {clearNotice, showNotice} from './notice.js';

/** task resolves to the notice's text; redraw draws the page; report shows a refusal (by default as it comes). */
export async function change({task, redraw, focusId, report = showProblem}) {
    clearErrors();
    clearNotice(pageNotices());
    document.querySelectorAll('main form').forEach(clearFieldErrors);
    try {
        const notice = await task();
        await redraw();
        showNotice(pageNotices(), notice);
        focusHeading(document.getElementById(focusId));
    } catch (problem) {
        if (!(problem instanceof Problem)) {
            throw problem;
        }
        report(problem);
    }
}
