using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using RightsBot.Handoff;
using RightsBot.Staff.Accounts;

namespace RightsBot.Staff.Pages.Shared;

/// <summary>Base of console pages: who is signed in (as a <see cref="StaffActor"/>) and a fresh DI scope per action.</summary>
public abstract class StaffPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter(Name = "StaffOrigin")]
    private string? Origin { get; set; }

    [Inject]
    protected IServiceScopeFactory Scopes { get; set; } = default!;

    protected async Task<StaffActor> ActorAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState;
        return (state is null ? null : StaffClaims.ToActor(state.User, Origin))
            ?? throw new InvalidOperationException("Console pages require a signed-in staff member.");
    }

    /// <summary>Runs <paramref name="work"/> with services from a new scope (a circuit lives long; a DbContext must not).</summary>
    protected async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
