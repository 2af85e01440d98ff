namespace ClubBot.Features.Surveys;

/// <summary>The "Surveys" section: the questionnaires, and which one each occasion uses.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    public List<Questionnaire> Questionnaires { get; set; } = [];

    /// <summary>Questionnaire ids per occasion; empty leaves the occasion out.</summary>
    public string AfterActivity { get; set; } = "";

    public string AfterRequest { get; set; } = "";

    public string MonthlyMood { get; set; } = "";

    public string Needs { get; set; } = "";

    /// <summary>How long after an activity ends, a request is done or a person registers the invitation goes.</summary>
    public double InvitationDelayHours { get; set; } = 3;

    /// <summary>The day of the month the mood check goes out, at <see cref="MonthlyMoodTime"/> local.</summary>
    public int MonthlyMoodDay { get; set; } = 1;

    public string MonthlyMoodTime { get; set; } = "11:00";

    public Questionnaire? Find(string id) => Questionnaires.FirstOrDefault(q => q.Id == id);
}

public sealed class Questionnaire
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Intro { get; set; } = "";

    public List<SurveyQuestion> Questions { get; set; } = [];
}

/// <summary>One question: <see cref="Kind"/> is Scale (1–5, a label per point), Single, Multiple or Text.</summary>
public sealed class SurveyQuestion
{
    public const string Scale = "Scale";
    public const string Single = "Single";
    public const string Multiple = "Multiple";
    public const string Text = "Text";

    public string Id { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Prompt { get; set; } = "";

    /// <summary>Scale: five labels, for 1 to 5.</summary>
    public List<string> Labels { get; set; } = [];

    /// <summary>Single and Multiple: the choices.</summary>
    public List<string> Options { get; set; } = [];

    public bool Required { get; set; }

    /// <summary>A scale about how the person is (mood, anxiety, loneliness): its worst answer offers a call from the centre.</summary>
    public bool Wellbeing { get; set; }
}
