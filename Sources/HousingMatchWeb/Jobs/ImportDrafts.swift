import Foundation
import SpreadsheetImport
import Synchronization

/// Dry runs of uploaded spreadsheets, kept in memory under a random token
/// until the visitor applies one: the uploaded file itself is never kept, and
/// no row of it goes into an address. A draft belongs to the visitor's form
/// token, lasts half an hour, and is used once; only a few are kept at a time.
final class ImportDrafts: Sendable {
    /// A checked import, ready to be saved over the file it was checked against.
    struct Draft: Sendable {
        var plan: ImportPlan
        /// The key file as it was read for the dry run.
        var keyBefore: PseudonymKey
        /// The scenario file's stamp the plan was made from: a save from any other is refused.
        var stamp: String
        /// The visitor's form token: another visitor cannot apply this draft.
        var owner: String
        var made: Date
    }

    static let lifetime: TimeInterval = 30 * 60
    static let maximumKept = 8

    private let drafts = Mutex<[String: Draft]>([:])

    /// Keeps `draft` and returns its token.
    func keep(_ draft: Draft) -> String {
        let token = SecretToken.make()
        drafts.withLock { drafts in
            drafts = drafts.filter { Date().timeIntervalSince($0.value.made) < Self.lifetime }
            while drafts.count >= Self.maximumKept, let oldest = drafts.min(by: { $0.value.made < $1.value.made }) {
                drafts[oldest.key] = nil
            }
            drafts[token] = draft
        }
        return token
    }

    /// The draft under `token`, removed: a draft is applied once.
    func take(_ token: String, owner: String) -> Draft? {
        drafts.withLock { drafts in
            guard let draft = drafts[token], SecretToken.matches(owner, draft.owner),
                  Date().timeIntervalSince(draft.made) < Self.lifetime else { return nil }
            drafts[token] = nil
            return draft
        }
    }
}
