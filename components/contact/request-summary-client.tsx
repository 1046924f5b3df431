'use client';

import dynamic from 'next/dynamic';

/**
 * The request form's client boundary. It fetches the form's code only when a result page renders it
 * and only in the browser (the form does nothing without JavaScript, where the server-rendered
 * checklist stands in). Pages import this file only through the result, but Next ships every client
 * module a route file imports, so `/<locale>/contact/<problem>` question pages would otherwise carry
 * the form and its card-detail detection too.
 */
export const RequestSummary = dynamic(() => import('./request-summary-form').then((module) => module.RequestSummaryForm), { ssr: false });
