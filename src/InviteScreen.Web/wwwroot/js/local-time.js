// Times: the server writes UTC; show each <time data-local> in the browser's own time zone, in the same
// year-month-day shape, with the zone's short name. The UTC text stays as the tooltip.
(() => {
    const parts = (date, options) => Object.fromEntries(new Intl.DateTimeFormat("en-CA", options).formatToParts(date).map(p => [p.type, p.value]));
    document.querySelectorAll("time[data-local]").forEach(time => {
        const date = new Date(time.dateTime);
        if (Number.isNaN(date.getTime())) return;
        const day = { year: "numeric", month: "2-digit", day: "2-digit" };
        const withTime = time.dataset.local === "datetime";
        const p = parts(date, withTime ? { ...day, hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" } : day);
        time.title = time.textContent;
        time.textContent = `${p.year}-${p.month}-${p.day}` + (withTime ? ` ${p.hour}:${p.minute} ${p.timeZoneName}` : "");
        time.dataset.localised = "";
    });
})();
