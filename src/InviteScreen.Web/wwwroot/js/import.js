// Import page: refuse an over-size file before uploading it. Job page: poll the job's JSON until it finishes.
(() => {
    const form = document.getElementById("import-form");
    form?.addEventListener("submit", event => {
        const file = form.querySelector("input[type=file]")?.files?.[0];
        const max = Number(form.dataset.maxBytes);
        if (file && max && file.size > max) {
            event.preventDefault();
            const error = document.getElementById("upload-error");
            error.textContent = `The file is ${(file.size / 1048576).toFixed(1)} MB; imports are limited to ${Math.floor(max / 1048576)} MB.`;
        }
    });

    const panel = document.getElementById("import-job");
    if (!panel || panel.dataset.finished === "true") return;
    const number = n => n === null || n === undefined ? "…" : Number(n).toLocaleString();
    const set = (name, text) => panel.querySelectorAll(`[data-field=${name}]`).forEach(el => { el.textContent = text; });
    const progress = document.getElementById("import-progress");
    const badRows = document.querySelector("#bad-rows tbody");

    const render = job => {
        const percent = job.totalRows > 0 ? Math.min(100, Math.floor(job.rowsDone * 100 / job.totalRows)) : (job.status === "completed" ? 100 : 0);
        progress.value = percent;
        progress.textContent = `${percent}%`;
        set("status", job.status.charAt(0).toUpperCase() + job.status.slice(1));
        set("rowsDone", number(job.rowsDone));
        set("totalRows", number(job.totalRows));
        set("percent", String(percent));
        set("rate", job.rowsPerSecond ? `${number(Math.round(job.rowsPerSecond))} rows/s` : "");
        set("eta", job.secondsLeft !== null && job.secondsLeft !== undefined ? `about ${number(job.secondsLeft)} s left` : "");
        ["imported", "duplicates", "outgoingSkipped", "badRows"].forEach(name => set(name, number(job[name])));
        const error = panel.querySelector("[data-field=error]");
        error.hidden = !job.error;
        error.textContent = job.error ?? "";
        badRows.replaceChildren(...job.badRowList.map(row => {
            const tr = document.createElement("tr");
            [["Line", row.lineNumber], ["Reason", row.reason]].forEach(([label, value]) => {
                const td = document.createElement("td");
                td.dataset.label = label;
                td.textContent = String(value);
                tr.append(td);
            });
            return tr;
        }));
        const done = job.status === "completed" || job.status === "failed";
        panel.querySelector("[data-when-finished]").hidden = job.status !== "completed";
        return done;
    };

    const poll = async () => {
        try {
            const response = await fetch(panel.dataset.jobUrl, { headers: { accept: "application/json" } });
            if (response.ok && render(await response.json())) return;
        } catch {
            // The server may be restarting; keep polling.
        }
        setTimeout(poll, 1000);
    };
    setTimeout(poll, 500);
})();
