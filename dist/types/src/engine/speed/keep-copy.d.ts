/**
 * Copies of what outlives a page's turn (its outline, findings and what cross-page rules
 * collected), made so that a run over tens of thousands of pages keeps as little as it can.
 */
/**
 * Returns a function that deep-copies plain data. The copy holds no string cut from a page's text
 * (V8 would keep the whole text alive for it), and each short string once per run: a copy per page
 * of "unicode", "list", every section name and metadata label was about a tenth of what was kept.
 */
export declare function keepCopier(): <Data>(data: Data) => Data;
