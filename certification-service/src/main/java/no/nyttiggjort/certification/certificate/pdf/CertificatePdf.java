package no.nyttiggjort.certification.certificate.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The printable certificate: holder, programme, municipality, date, and a QR code of the verification URL. */
@ApplicationScoped
public class CertificatePdf {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb-NO"));

    public record Content(String holder, String programme, String municipality, Instant awarded, Instant validUntil,
            String certificateId, String verificationUrl) {
    }

    public byte[] render(Content c) {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Sertifisert innovasjonsagent – " + c.holder());
            info.setAuthor(c.municipality());
            PDPage page = new PDPage(landscape);
            document.addPage(page);
            float width = landscape.getWidth();
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                centred(text, bold, 14, c.municipality(), width, 500);
                centred(text, bold, 34, "Sertifisert innovasjonsagent", width, 440);
                centred(text, regular, 14, "Dette bekrefter at", width, 395);
                centred(text, bold, 26, c.holder(), width, 355);
                centred(text, regular, 14, "har fullført programmet «" + c.programme() + "»", width, 315);
                centred(text, regular, 14, "og bestått eksamen for ekspertpanel.", width, 295);
                centred(text, regular, 12, "Tildelt " + DATE.format(c.awarded().atZone(NORWAY)) + " · gyldig til "
                        + DATE.format(c.validUntil().atZone(NORWAY)), width, 255);
                left(text, regular, 9, "Bekreft sertifikatet: skann koden eller gå til", 60, 120);
                left(text, regular, 9, c.verificationUrl(), 60, 106);
                left(text, regular, 9, "Sertifikat-ID " + c.certificateId(), 60, 92);
                qr(text, c.verificationUrl(), width - 60 - 120, 50, 120);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the certificate PDF", e);
        }
    }

    private static void centred(PDPageContentStream s, PDType1Font font, float size, String text, float pageWidth, float y)
            throws IOException {
        String safe = printable(font, text);
        float textWidth = font.getStringWidth(safe) / 1000 * size;
        left(s, font, size, safe, (pageWidth - textWidth) / 2, y);
    }

    private static void left(PDPageContentStream s, PDType1Font font, float size, String text, float x, float y)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(printable(font, text));
        s.endText();
    }

    /** The standard fonts cover Norwegian letters (WinAnsi); anything they cannot draw becomes "?" rather than an error. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static void qr(PDPageContentStream s, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalStateException("The verification URL does not fit a QR code", e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    s.addRect(x + col * module, y + (matrix.getHeight() - 1 - row) * module, module, module);
                }
            }
        }
        s.fill();
    }
}
