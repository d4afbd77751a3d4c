package org.pressdesk.ui.editor;

import org.pressdesk.drafting.AutosaveService;
import org.pressdesk.drafting.CommuniqueService;
import org.pressdesk.office.OfficeService;
import org.pressdesk.publication.PdfExportService;
import org.pressdesk.pdf.PagePreview;

/** The services an editor works with, passed as one argument. */
public record EditorServices(
        CommuniqueService communiques,
        AutosaveService autosaves,
        OfficeService offices,
        PdfExportService pdfExport,
        PagePreview previews) {
}
