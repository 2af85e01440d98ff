namespace ClubBot.Conversations;

/// <summary>
/// The kind word for input a step cannot take: an old or unknown button, text where a button is needed (or the
/// step's explanation of what to type), a contact, a sticker. Words that read as a question for a person are
/// kept and offered to a coordinator instead (<see cref="IAsideOffer"/>). The caller then asks the step again.
/// </summary>
public static class WrongInput
{
    public static void Answer(FlowContext context, Input input, string? textKey = null)
    {
        var (screen, texts) = (context.Screen, context.Texts);
        if (input is { Kind: InputKind.Text, Text: { } text } && AsideText.LooksLikeQuestion(text, typingExpected: textKey is not null)
            && context.Aside?.ButtonFor(context.Audience) is { } passOn)
        {
            context.Session.Aside = text;
            screen.Say(texts["AsideOffer"], passOn);
            return;
        }

        if (input.Kind == InputKind.Callback)
        {
            context.Update.CallbackAnswer = texts["OldButtonShort"];
            screen.RemovePressedButtons();
        }

        screen.Say(texts[input.Kind switch
        {
            InputKind.Callback => "OldButton",
            InputKind.Text => textKey ?? "UseButtons",
            InputKind.Contact => "ContactNotHere",
            _ => "OnlyTextAndButtons",
        }]);
    }
}
