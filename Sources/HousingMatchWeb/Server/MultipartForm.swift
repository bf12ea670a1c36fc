import Foundation

/// The fields and files of a `multipart/form-data` body (RFC 7578), read from
/// memory: the body has already been collected up to the server's limit.
///
/// Small and strict: a part must carry a `Content-Disposition: form-data` with
/// a name; headers are limited in size and parts in number; anything else is
/// refused as a whole rather than guessed at.
struct MultipartForm: Sendable {
    /// One part: a text field, or a file with the name the browser gave it.
    struct Part: Sendable {
        var name: String
        var fileName: String?
        var data: Data
    }

    enum Failure: Error, Equatable {
        case noBoundary
        case malformed
        case tooManyParts
    }

    static let maximumParts = 32
    static let maximumHeaderBytes = 8 * 1024

    private(set) var parts: [Part] = []

    /// Whether a request's content type says it is multipart form data.
    static func isMultipart(_ contentType: String?) -> Bool {
        contentType?.lowercased().trimmingCharacters(in: .whitespaces).hasPrefix("multipart/form-data") ?? false
    }

    /// The boundary named in a `multipart/form-data; boundary=...` content type.
    static func boundary(of contentType: String) -> String? {
        for parameter in parameters(contentType).dropFirst() where parameter.name == "boundary" {
            let value = parameter.value
            guard (1...70).contains(value.utf8.count) else { return nil }
            return value
        }
        return nil
    }

    init(body: Data, contentType: String) throws(Failure) {
        guard let boundary = Self.boundary(of: contentType) else { throw .noBoundary }
        let bytes = [UInt8](body)
        let delimiter = Array("--\(boundary)".utf8)
        let crlf: [UInt8] = [13, 10]
        // The first delimiter starts the body or a line after a preamble.
        var position: Int
        if bytes.starts(with: delimiter) {
            position = delimiter.count
        } else if let found = Self.find(crlf + delimiter, in: bytes, from: 0) {
            position = found + 2 + delimiter.count
        } else {
            throw .malformed
        }
        while true {
            // After a delimiter: "--" ends the body; else padding and a line end, then a part.
            if bytes.count >= position + 2, bytes[position] == 45, bytes[position + 1] == 45 { return }
            while position < bytes.count, bytes[position] == 32 || bytes[position] == 9 { position += 1 }
            guard bytes.count >= position + 2, bytes[position] == 13, bytes[position + 1] == 10 else { throw .malformed }
            position += 2
            guard parts.count < Self.maximumParts else { throw .tooManyParts }
            guard let headerEnd = Self.find([13, 10, 13, 10], in: bytes, from: position,
                                             before: position + Self.maximumHeaderBytes) else { throw .malformed }
            let headerText = String(decoding: bytes[position..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let contentEnd = Self.find(crlf + delimiter, in: bytes, from: contentStart) else { throw .malformed }
            parts.append(try Self.part(headers: headerText, data: Data(bytes[contentStart..<contentEnd])))
            position = contentEnd + 2 + delimiter.count
        }
    }

    /// The text of the first field called `name`.
    subscript(_ name: String) -> String? {
        parts.first { $0.name == name && $0.fileName == nil }.map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// The first file sent as `name`; nil when none was chosen (a browser then sends an empty file name).
    func file(_ name: String) -> Part? {
        parts.first { $0.name == name && !($0.fileName ?? "").isEmpty }
    }

    // MARK: Reading

    private static func part(headers: String, data: Data) throws(Failure) -> Part {
        for line in headers.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { throw .malformed }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard name == "content-disposition" else { continue }
            let fields = parameters(String(line[line.index(after: colon)...]))
            guard fields.first?.name == "form-data",
                  let fieldName = fields.dropFirst().first(where: { $0.name == "name" })?.value else { throw .malformed }
            let fileName = fields.dropFirst().first(where: { $0.name == "filename" })?.value
            return Part(name: fieldName, fileName: fileName.map(baseName), data: data)
        }
        throw .malformed
    }

    /// A file name without any folder a browser may have sent along.
    private static func baseName(_ name: String) -> String {
        String(name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
    }

    /// `value; name="quoted; text"; other=plain` as (name, value) pairs; the first is the value alone.
    static func parameters(_ text: String) -> [(name: String, value: String)] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        // Browsers send a quote in a name as %22 and a backslash as it is (WHATWG's form encoding): no escapes to undo.
        for character in text {
            if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        return pieces.enumerated().map { index, piece in
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            guard index > 0, let equals = trimmed.firstIndex(of: "=") else { return (trimmed.lowercased(), "") }
            return (trimmed[..<equals].trimmingCharacters(in: .whitespaces).lowercased(),
                    String(trimmed[trimmed.index(after: equals)...]).trimmingCharacters(in: .whitespaces))
        }
    }

    /// Where `needle` first starts in `bytes` at or after `start` (and, when given, before `limit`).
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int, before limit: Int? = nil) -> Int? {
        guard !needle.isEmpty else { return nil }
        let last = min(bytes.count - needle.count, (limit ?? bytes.count) - 1)
        guard start <= last else { return nil }
        let first = needle[0]
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = start
            while index <= last {
                if buffer[index] == first {
                    var matched = true
                    for offset in 1..<needle.count where buffer[index + offset] != needle[offset] {
                        matched = false
                        break
                    }
                    if matched { return index }
                }
                index += 1
            }
            return nil
        }
    }
}
