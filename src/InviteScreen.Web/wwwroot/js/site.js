// Dashboard: select-all and keyboard triage (j/k move, x select, a/i/r triage, g/p teach, Enter open, / search, ? help).
(() => {
    const selectAll = document.getElementById("select-all");
    selectAll?.addEventListener("change", () => {
        document.querySelectorAll("input[name=ids]").forEach(box => { box.checked = selectAll.checked; });
    });

    const dialog = document.getElementById("shortcuts");
    document.querySelectorAll("[data-shortcuts-help]").forEach(b => b.addEventListener("click", () => dialog?.showModal()));

    const rows = () => Array.from(document.querySelectorAll("table.invitations tbody tr"));
    let current = -1;
    const focusRow = index => {
        const all = rows();
        if (all.length === 0) return;
        current = Math.max(0, Math.min(all.length - 1, index));
        all.forEach((row, i) => row.classList.toggle("current", i === current));
        all[current].querySelector("a")?.focus();
    };

    document.addEventListener("keydown", event => {
        const target = event.target;
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        if (target instanceof HTMLInputElement && target.type !== "checkbox" || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
        if (!document.getElementById("triage-form")) {
            // A details page teaches the score with the same keys.
            const teach = (event.key === "g" || event.key === "p") && document.querySelector(`button[data-key=${event.key}]`);
            if (teach) { teach.click(); event.preventDefault(); }
            if (event.key !== "?") return;
        }
        const row = rows()[current];
        switch (event.key) {
            case "j": focusRow(current + 1); break;
            case "k": focusRow(current - 1); break;
            case "x": if (row) { const box = row.querySelector("input[name=ids]"); box.checked = !box.checked; } break;
            case "a": case "i": case "r": case "g": case "p": row?.querySelector(`button[data-key=${event.key}]`)?.click(); break;
            case "/": document.getElementById("q")?.focus(); break;
            case "?": dialog?.showModal(); break;
            default: return;
        }
        event.preventDefault();
    });
})();
