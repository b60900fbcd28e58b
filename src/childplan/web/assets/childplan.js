// Starts GOV.UK Frontend. A module script runs only in browsers GOV.UK Frontend supports, so
// the classes its CSS waits for are set here rather than by an inline script (the content
// security policy allows no inline script). Pages work without it.
import { initAll } from "./govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
