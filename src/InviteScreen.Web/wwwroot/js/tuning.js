// Settings: a live count of what the typed threshold and bands would flag. Settings and Rules: the re-score's progress.
(() => {
    const form = document.getElementById("scoring-form");
    const preview = document.getElementById("settings-preview");
    if (form && preview) {
        let timer;
        const value = name => form.querySelector(`[name="Scoring.${name}"]`)?.value ?? "";
        const update = async () => {
            const query = new URLSearchParams({ threshold: value("FlagThreshold"), genericFrom: value("GenericFrom"), personalBelow: value("PersonalBelow") });
            const response = await fetch(`${form.dataset.previewUrl}?${query}`, { headers: { Accept: "application/json" } });
            if (!response.ok) return;
            const counts = await response.json();
            for (const name of ["total", "flagged", "generic", "personal"]) {
                preview.querySelector(`[data-preview=${name}]`).textContent = String(counts[name]);
            }
        };
        form.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(update, 150); });
    }

    const panel = document.getElementById("rescore");
    if (!panel || panel.dataset.finished === "true") return;
    const progress = document.getElementById("rescore-progress");
    const set = (name, text) => { panel.querySelector(`[data-rescore=${name}]`).textContent = text; };
    const poll = async () => {
        const response = await fetch(panel.dataset.url, { headers: { Accept: "application/json" } });
        if (!response.ok) return;
        const job = await response.json();
        const percent = job.total > 0 ? Math.floor(job.processed * 100 / job.total) : (job.state === "done" ? 100 : 0);
        progress.value = percent;
        progress.textContent = `${percent}%`;
        set("state", job.state);
        set("processed", String(job.processed));
        set("total", String(job.total));
        set("changed", String(job.changed));
        if (job.state === "done" || job.state === "superseded") {
            panel.dataset.finished = "true";
        } else {
            setTimeout(poll, 400);
        }
    };
    setTimeout(poll, 200);
})();
