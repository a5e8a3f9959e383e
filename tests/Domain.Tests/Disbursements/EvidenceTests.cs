using Grants.Domain.Disbursements;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Disbursements;

/// <summary>The evidence set (附件) of a draft: invoices with their code and number, and the other files by their hash.</summary>
public sealed class EvidenceTests
{
    private readonly DisbursementRequest request = new RequestBuilder(RequestBuilder.LargeProject()).WithoutEvidence().Build();

    [Fact]
    public void A_file_is_kept_by_its_hash_in_lower_case_with_the_name_it_was_uploaded_under()
    {
        var photo = request.AddEvidence(EvidenceKind.Photo, new string('A', 64), " 现场照片.jpg ");

        Assert.Equal((EvidenceKind.Photo, 42), (photo.Kind, photo.RequestId));
        Assert.Equal((new string('a', 64), "现场照片.jpg"), (photo.File.Sha256, photo.File.FileName));
        Assert.Equal([photo], request.Evidence);
        Assert.Equal(2, request.Version);
    }

    [Theory]
    [InlineData(EvidenceKind.Invoice)]
    [InlineData((EvidenceKind)99)]
    public void An_invoice_comes_with_its_details_never_as_a_plain_file_nor_an_unknown_kind(EvidenceKind kind) =>
        Assert.Equal("Rule.EvidenceKindInvalid", Assert.Throws<DomainRuleException>(() => request.AddEvidence(kind, RequestBuilder.Sha('b'), "x.pdf")).Code);

    [Theory]
    [InlineData("abc")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void A_file_reference_must_be_a_sha_256(string sha) =>
        Assert.Throws<ArgumentException>(() => request.AddEvidence(EvidenceKind.Photo, sha, "x.jpg"));

    [Fact]
    public void Removing_takes_off_only_the_named_invoice_or_file()
    {
        var invoice = AddInvoice("3300261130", "04567812").AsSaved(7);
        var contract = request.AddEvidence(EvidenceKind.Contract, RequestBuilder.Sha('b'), "合同.pdf").AsSaved(1);
        var photo = request.AddEvidence(EvidenceKind.Photo, RequestBuilder.Sha('c'), "照片.jpg").AsSaved(2);

        request.RemoveEvidence(contract.Id);
        request.RemoveInvoice(invoice.Id);

        Assert.Equal([photo], request.Evidence);
        Assert.Empty(request.Invoices);
        Assert.Equal(6, request.Version);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(8, true)]
    [InlineData(0, false)]
    [InlineData(3, false)]
    public void Removing_what_is_not_there_is_refused(int id, bool invoice)
    {
        AddInvoice("3300261130", "04567812").AsSaved(7);
        request.AddEvidence(EvidenceKind.Contract, RequestBuilder.Sha('b'), "合同.pdf").AsSaved(1);

        Action remove = invoice ? () => request.RemoveInvoice(id) : () => request.RemoveEvidence(id);
        Assert.Equal("Rule.EvidenceNotFound", Assert.Throws<DomainRuleException>(remove).Code);
        Assert.Equal((1, 1), (request.Invoices.Count, request.Evidence.Count));
    }

    [Fact]
    public void An_invoice_keeps_its_details_with_the_spaces_between_digit_groups_dropped()
    {
        var invoice = AddInvoice(" 3300 2611 30 ", "0456 7812");

        Assert.Equal(("3300261130", "04567812"), (invoice.Code, invoice.Number));
        Assert.Equal((Money.FromYuan(30_000), new DateOnly(2026, 4, 28), "县路桥工程有限公司"), (invoice.Amount, invoice.IssuedOn, invoice.Issuer));
        Assert.Equal((42, RequestBuilder.Sha('a')), (invoice.RequestId, invoice.File.Sha256));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_fully_digital_invoice_has_a_number_and_no_code(string code) =>
        Assert.Equal(("", "26332000000123456789"), CodeAndNumber(AddInvoice(code, "26332000000123456789")));

    [Theory]
    [InlineData("33OO261130", "04567812", "Invoice.Code", "InvoiceCode")]
    [InlineData("3300261130", "0456781A", "Invoice.Number", "InvoiceNumber")]
    [InlineData("3300261130", "０４５６７８１２", "Invoice.Number", "InvoiceNumber")]
    [InlineData("3300261130", "", "Invoice.Number", "InvoiceNumber")]
    [InlineData("3300261130", "123456789012345678901", "Invoice.Number", "InvoiceNumber")]
    [InlineData("123456789012345678901", "04567812", "Invoice.Code", "InvoiceCode")]
    public void A_code_or_number_that_is_not_up_to_twenty_digits_is_refused_under_its_field(string code, string number, string label, string field)
    {
        var refused = Assert.Throws<DomainRuleException>(() => AddInvoice(code, number));

        Assert.Equal(("Rule.InvoiceDigits", field), (refused.Code, refused.Field));
        Assert.Equal(new object[] { label, 20 }, refused.Arguments);
        Assert.Empty(request.Invoices);
    }

    [Fact]
    public void An_invoice_of_nothing_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            request.AddInvoice("3300261130", "04567812", Money.Zero, new DateOnly(2026, 4, 28), "县路桥工程有限公司", RequestBuilder.Sha('a'), "发票.pdf"));

        Assert.Equal(("Rule.AmountMustBePositive", "InvoiceAmount"), (refused.Code, refused.Field));
    }

    [Fact]
    public void The_same_invoice_twice_on_one_request_is_refused_however_it_is_spaced()
    {
        AddInvoice("3300261130", "04567812");

        var refused = Assert.Throws<DomainRuleException>(() => AddInvoice("33002 61130", "0456 7812"));

        Assert.Equal(("Rule.InvoiceTwiceOnRequest", "InvoiceNumber"), (refused.Code, refused.Field));
        Assert.Equal(new object[] { "3300261130", "04567812" }, refused.Arguments);
        Assert.Single(request.Invoices);
    }

    [Fact]
    public void The_same_number_under_another_code_is_another_invoice()
    {
        AddInvoice("3300261130", "04567812");
        AddInvoice("4400261130", "04567812");

        Assert.Equal(2, request.Invoices.Count);
    }

    private Invoice AddInvoice(string code, string number) =>
        request.AddInvoice(code, number, Money.FromYuan(30_000), new DateOnly(2026, 4, 28), "县路桥工程有限公司", RequestBuilder.Sha('a'), "发票.pdf");

    private static (string, string) CodeAndNumber(Invoice invoice) => (invoice.Code, invoice.Number);
}
