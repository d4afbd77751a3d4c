package org.pressdesk.ui.publication;

import org.pressdesk.local.LocalPreferences;
import org.pressdesk.office.OfficeService;
import org.pressdesk.publication.PdfExportService;
import org.pressdesk.publication.PdfVerifier;
import org.pressdesk.signing.CertificateService;

/** The services the publication windows work with (export, letterhead, signing password, PDF check). */
public record PublicationServices(
        OfficeService offices,
        PdfExportService pdfExport,
        CertificateService certificates,
        PdfVerifier pdfVerifier,
        LocalPreferences preferences) {
}
