// Who is signed in. The session itself is an HTTP-only cookie; the page keeps only the CSRF token
// the gateway hands out with it, and asks for it again after every page load.
import {forgetCsrfToken, rememberCsrfToken, request} from './api.js';

/**
 * The signed-in user ({username, name, organisation, roles, csrfToken, …}), or null. When the page
 * requires a session and there is none, the browser goes to sign-in instead.
 */
export async function loadSession({required}) {
    try {
        const {body} = await request('GET', 'session', {signInWhenUnauthorized: required});
        rememberCsrfToken(body.csrfToken);
        return body;
    } catch (problem) {
        if (problem.status === 401) {
            return null;
        }
        throw problem;
    }
}

export async function signIn(username, password) {
    const {body} = await request('POST', 'session', {json: {username, password}, signInWhenUnauthorized: false});
    rememberCsrfToken(body.csrfToken);
    return body;
}

export async function signOut() {
    await request('DELETE', 'session', {signInWhenUnauthorized: false});
    forgetCsrfToken();
}

/**
 * Where a user's work is: the case desk for clerks, their calls for tenders for procurement officers,
 * the forms for administrators, the published calls for opening board members, the workspace for firms.
 */
export function homePage(session) {
    const {roles} = session;
    if (roles.includes('clerk')) {
        return 'desk.html';
    }
    if (roles.includes('admin')) {
        return 'form-versions.html';
    }
    if (roles.includes('procurement-officer')) {
        return 'my-tenders.html';
    }
    return roles.includes('opening-member') ? 'tenders.html' : 'workspace.html';
}
