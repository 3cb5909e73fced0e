// Dashboard: select-all, keyboard triage in place (j/k move, x select, a/i/r/d act, g/p teach, z undo, Enter open,
// / search, ? help) and the Undo toast. Without this script every button is a plain form post and still works.
(() => {
    const selectAll = document.getElementById("select-all");
    selectAll?.addEventListener("change", () => {
        document.querySelectorAll("input[name=ids]").forEach(box => { box.checked = selectAll.checked; });
    });

    const dialog = document.getElementById("shortcuts");
    document.querySelectorAll("[data-shortcuts-help]").forEach(b => b.addEventListener("click", () => dialog?.showModal()));

    // Destructive forms and buttons ask first; a cancelled confirm sends nothing.
    document.querySelectorAll("form[data-confirm]").forEach(f => f.addEventListener("submit", event => {
        if (!confirm(f.dataset.confirm)) event.preventDefault();
    }));

    const form = document.getElementById("triage-form");
    const toast = document.getElementById("toast");
    const statusActions = { New: "Reset", Accepted: "Accept", Ignored: "Ignore", Reported: "Report" };
    const statusAfter = { Accept: "Accepted", Ignore: "Ignored", Report: "Reported", Reset: "New" };
    const cursorKey = "dashboard-cursor:" + location.search;
    let current = -1;
    let undo = null;

    const rows = () => Array.from(document.querySelectorAll("table.invitations tbody tr")).filter(row => !row.hidden);
    const focusRow = index => {
        const all = rows();
        if (all.length === 0) return;
        current = Math.max(0, Math.min(all.length - 1, index));
        all.forEach((row, i) => row.classList.toggle("current", i === current));
        all[current].querySelector("a")?.focus();
        sessionStorage.setItem(cursorKey, String(current));
    };

    const showToast = (text, canUndo) => {
        if (!toast) return;
        toast.querySelector("[data-toast-text]").textContent = text;
        toast.querySelector("[data-undo]").hidden = !canUndo;
        toast.hidden = false;
    };

    const send = async (url, fields) => {
        const body = new FormData();
        body.append("__RequestVerificationToken", form.querySelector("input[name=__RequestVerificationToken]").value);
        body.append("returnQuery", location.search);
        fields.forEach(([name, value]) => body.append(name, value));
        const response = await fetch(url, { method: "POST", body, headers: { "X-Requested-With": "fetch" } });
        if (!response.ok) throw new Error(`The server answered ${response.status}`);
        return (await response.json()).notice;
    };

    const setStatus = (row, status) => {
        row.dataset.status = status;
        row.querySelector("[data-testid=status]").textContent = status.toLowerCase();
    };

    // What the rows looked like before an action, so z (or the toast's button) can put it back.
    const applyLocally = (action, targets) => {
        if (action === "Delete" || action === "Restore") {
            targets.forEach(row => { row.hidden = true; });
            const opposite = action === "Delete" ? "Restore" : "Delete";
            return async () => { await run(opposite, targets); targets.forEach(row => { row.hidden = false; }); };
        }
        const before = targets.map(row => [row, row.dataset.status]);
        targets.forEach(row => setStatus(row, statusAfter[action]));
        return async () => {
            for (const status of new Set(before.map(([, s]) => s))) {
                const group = before.filter(([, s]) => s === status).map(([row]) => row);
                await run(statusActions[status], group);
                group.forEach(row => setStatus(row, status));
            }
        };
    };

    const run = (action, targets) =>
        send(location.pathname + "?handler=Triage", [["action", action], ...targets.map(row => ["ids", row.dataset.id])]);

    const act = async (action, targets) => {
        try {
            const notice = await run(action, targets);
            undo = applyLocally(action, targets);
            showToast(notice, true);
        } catch (error) {
            showToast(`Nothing changed: ${error.message}.`, false);
        }
    };

    const undoLast = async () => {
        if (!undo) return;
        const pending = undo;
        undo = null;
        try {
            await pending();
            showToast("Undone.", false);
        } catch (error) {
            showToast(`Could not undo: ${error.message}.`, false);
        }
    };

    const teach = async (row, button) => {
        try {
            showToast(await send(button.formAction, [["label", button.value]]), false);
        } catch (error) {
            showToast(`Nothing changed: ${error.message}.`, false);
        }
    };

    const actOnRow = async (row, key) => {
        const button = row.querySelector(`button[data-key=${key}]`);
        if (!button) return;
        const index = current;
        if (button.name === "label") await teach(row, button);
        else await act(button.value, [row]);
        // A hidden row gave its place to the next one; a row still shown hands the cursor on.
        focusRow(row.hidden ? index : index + 1);
    };

    const bulk = async button => {
        const targets = rows().filter(row => row.querySelector("input[name=ids]")?.checked);
        if (targets.length === 0) { showToast("Select at least one invitation first.", false); return; }
        if (button.dataset.confirm && !confirm(button.dataset.confirm)) return;
        await act(button.value, targets);
        targets.forEach(row => { row.querySelector("input[name=ids]").checked = false; });
        if (selectAll) selectAll.checked = false;
    };

    if (form) {
        form.addEventListener("click", event => {
            const button = event.target.closest("button[name]");
            if (!button || !form.contains(button)) return;
            event.preventDefault();
            const row = button.closest("tr[data-id]");
            if (row) {
                current = rows().indexOf(row);
                actOnRow(row, button.dataset.key);
            } else {
                bulk(button);
            }
        });
        toast?.querySelector("[data-undo]").addEventListener("click", undoLast);
        const saved = Number.parseInt(sessionStorage.getItem(cursorKey) ?? "", 10);
        if (Number.isInteger(saved)) focusRow(saved);
    }

    document.addEventListener("keydown", event => {
        const target = event.target;
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        if (target instanceof HTMLInputElement && target.type !== "checkbox" || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
        if (!form) {
            // A details page teaches the score with the same keys.
            const teachButton = (event.key === "g" || event.key === "p") && document.querySelector(`button[data-key=${event.key}]`);
            if (teachButton) { teachButton.click(); event.preventDefault(); }
            if (event.key !== "?") return;
        }
        const row = rows()[current];
        const bulkButton = form?.querySelector(`button[data-bulk-key="${event.key}"]`);
        if (bulkButton) { bulk(bulkButton); event.preventDefault(); return; }
        switch (event.key) {
            case "j": focusRow(current + 1); break;
            case "k": focusRow(current - 1); break;
            case "x": if (row) { const box = row.querySelector("input[name=ids]"); box.checked = !box.checked; } break;
            case "a": case "i": case "r": case "d": case "u": case "g": case "p": if (row) actOnRow(row, event.key); break;
            case "z": undoLast(); break;
            case "/": document.getElementById("q")?.focus(); break;
            case "?": dialog?.showModal(); break;
            default: return;
        }
        event.preventDefault();
    });
})();
