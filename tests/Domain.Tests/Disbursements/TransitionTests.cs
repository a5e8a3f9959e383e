using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Disbursements;

/// <summary>
/// Every step from any status it does not start from is refused with Rule.RequestTransitionInvalid naming both
/// statuses, and changes nothing — neither the request nor the project.
/// </summary>
public sealed class TransitionTests
{
    private static readonly RequestStatus[] Statuses = Enum.GetValues<RequestStatus>();

    private static readonly (string Step, RequestStatus To, RequestStatus[] From)[] Steps =
    [
        ("Submit", RequestStatus.Submitted, [RequestStatus.Draft, RequestStatus.Returned]),
        ("Approve", RequestStatus.Approved, [RequestStatus.Submitted]),
        ("Confirm", RequestStatus.Approved, [RequestStatus.FirstApproved]),
        ("Return", RequestStatus.Returned, [RequestStatus.Submitted, RequestStatus.FirstApproved]),
        ("Reject", RequestStatus.Rejected, [RequestStatus.Submitted, RequestStatus.FirstApproved]),
        ("Pay", RequestStatus.Paid, [RequestStatus.Approved]),
    ];

    public static TheoryData<string, RequestStatus, RequestStatus> InvalidReviewSteps() => Invalid(s => s != "Submit");

    public static TheoryData<string, RequestStatus, RequestStatus> InvalidSubmissions() => Invalid(s => s == "Submit");

    [Theory]
    [MemberData(nameof(InvalidReviewSteps))]
    public void A_review_step_from_the_wrong_status_is_an_invalid_transition(string step, RequestStatus from, RequestStatus to) =>
        AssertInvalid(step, from, to);

    /// <summary>Submitting twice, or after the review, is a transition like the others (not "cannot be edited").</summary>
    [Theory]
    [MemberData(nameof(InvalidSubmissions))]
    public void Submitting_a_request_that_is_neither_a_draft_nor_returned_is_an_invalid_transition(string step, RequestStatus from, RequestStatus to) =>
        AssertInvalid(step, from, to);

    private static void AssertInvalid(string step, RequestStatus from, RequestStatus to)
    {
        var project = RequestBuilder.LargeProject();
        var request = new RequestBuilder(project).WithAmount(120_000).In(from).Build();
        var (version, projectVersion, disbursed, history) = (request.Version, project.Version, project.Disbursed, request.History.Count);

        var refused = Assert.Throws<DomainRuleException>(() => Take(step, request, project));

        Assert.Equal("Rule.RequestTransitionInvalid", refused.Code);
        Assert.Equal(new object[] { $"RequestStatus.{from}", $"RequestStatus.{to}" }, refused.Arguments);
        Assert.Equal((from, version, history), (request.Status, request.Version, request.History.Count));
        Assert.Equal((projectVersion, disbursed), (project.Version, project.Disbursed));
    }

    private static void Take(string step, DisbursementRequest request, Project project)
    {
        var at = RequestBuilder.ReviewedAt.AddDays(2);
        switch (step)
        {
            case "Submit": request.SubmitTo(project); break;
            case "Approve": request.ApproveAs(project, "another clerk", at); break;
            case "Confirm": request.ConfirmAs(project, "another approver", at); break;
            case "Return": request.ReturnForCorrection("another clerk", at, "理由"); break;
            case "Reject": request.Reject("another clerk", at, "理由"); break;
            default: request.RecordPayment("another clerk", at, DateOnly.FromDateTime(at.Date), "ABC1"); break;
        }
    }

    private static TheoryData<string, RequestStatus, RequestStatus> Invalid(Func<string, bool> which)
    {
        var data = new TheoryData<string, RequestStatus, RequestStatus>();
        foreach (var (step, to, valid) in Steps.Where(s => which(s.Step)))
        {
            foreach (var from in Statuses.Except(valid))
            {
                data.Add(step, from, to);
            }
        }

        return data;
    }
}
