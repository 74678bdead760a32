package com.customerplatform.gdpr.adapter.in.web;

import com.customerplatform.gdpr.application.port.in.DataSubjectRightsUseCase.ExportArchive;
import com.customerplatform.gdpr.spi.SectionWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export as a ZIP written straight to the response: {@code manifest.json}, then per section a
 * {@code <section>.json} generated member by member and its attachments. Only attachments wait in
 * memory until their section's JSON is closed (they are bounded, e.g. avatars).
 */
final class ZipExportArchive implements ExportArchive {

    private final ZipOutputStream zip;
    private final JsonMapper json;
    private Section open;

    ZipExportArchive(OutputStream out, JsonMapper json) {
        this.zip = new ZipOutputStream(out);
        this.json = json;
    }

    @Override
    public void manifest(Object manifest) {
        entry("manifest.json");
        json.writerWithDefaultPrettyPrinter().writeValue(nonClosing(), manifest);
        closeEntry();
    }

    @Override
    public SectionWriter section(String name) {
        finishSection();
        open = new Section(name);
        return open;
    }

    @Override
    public void finish() {
        finishSection();
        try {
            zip.finish();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void finishSection() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    private void entry(String name) {
        try {
            zip.putNextEntry(new ZipEntry(name));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private void closeEntry() {
        try {
            zip.closeEntry();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Jackson closes what it writes to; the ZIP must stay open for the next entry. */
    private OutputStream nonClosing() {
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private final class Section implements SectionWriter {

        private final String name;
        private final JsonGenerator generator;
        private final Map<String, byte[]> attachments = new LinkedHashMap<>();

        Section(String name) {
            this.name = name;
            entry(name + ".json");
            generator = json.createGenerator(nonClosing());
            generator.writeStartObject();
        }

        @Override
        public void field(String member, Object value) {
            generator.writeName(member);
            json.writeValue(generator, value);
        }

        @Override
        public void array(String member, Stream<?> items) {
            generator.writeName(member);
            generator.writeStartArray();
            // forEach pushes items through (also those of flatMap); an iterator would buffer each inner stream.
            try (items) {
                items.forEachOrdered(item -> json.writeValue(generator, item));
            }
            generator.writeEndArray();
        }

        @Override
        public void attachment(String fileName, byte[] content) {
            attachments.put(name + "/" + fileName, content);
        }

        void close() {
            generator.writeEndObject();
            generator.close();
            closeEntry();
            for (Map.Entry<String, byte[]> file : attachments.entrySet()) {
                entry(file.getKey());
                try {
                    zip.write(file.getValue());
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
                closeEntry();
            }
        }
    }
}
