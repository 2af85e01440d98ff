using System.Text.Json.Serialization;

namespace ClubBot.Telegram.Types;

/// <summary>Any of the keyboards a message can carry; serialised as the concrete type, without a discriminator.</summary>
[JsonDerivedType(typeof(InlineKeyboardMarkup))]
[JsonDerivedType(typeof(ReplyKeyboardMarkup))]
[JsonDerivedType(typeof(ReplyKeyboardRemove))]
public abstract record ReplyMarkup;
