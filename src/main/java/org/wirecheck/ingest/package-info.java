/**
 * Loading copies of a story into {@link org.wirecheck.text.Witness witnesses}: charset decoding, format detection
 * (plain text, Markdown, HTML), article extraction from HTML pages and the Markdown markup the tokenizer must skip.
 * Nothing here executes or fetches anything; {@link org.wirecheck.ingest.Loader} is the entry point.
 */
package org.wirecheck.ingest;
