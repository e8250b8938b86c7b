// JSON Pointers (RFC 6901), the way form definitions and violations name the fields of form data.

function tokens(pointer) {
    return pointer.split('/').slice(1).map(token => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function valueAt(data, pointer) {
    return tokens(pointer).reduce((node, token) => node?.[token], data);
}

/** Sets the value, making the objects on the way; undefined removes the member instead. */
export function setValueAt(data, pointer, value) {
    const path = tokens(pointer);
    const last = path.pop();
    const parent = path.reduce((node, token) => (node[token] ??= {}), data);
    if (value === undefined) {
        delete parent[last];
    } else {
        parent[last] = value;
    }
}

function child(node, token) {
    return /^\d+$/.test(token) ? node?.items : node?.properties?.[token];
}

/** The JSON Schema of the member (or array element) a pointer names, and whether its parent object requires it. */
export function schemaAt(schema, pointer) {
    const path = tokens(pointer);
    const last = path.pop();
    const parent = path.reduce(child, schema);
    return {schema: child(parent, last) ?? {}, required: Boolean(parent?.required?.includes(last))};
}
