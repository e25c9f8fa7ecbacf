<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddTasksDialog</name>
    <message numerus="yes">
        <source>%n task ID(s) found.</source>
        <translation>
            <numerusform>%n task ID found.</numerusform>
            <numerusform>%n task IDs found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventWriter</name>
    <message numerus="yes">
        <source>%1  completed  %n output(s)</source>
        <translation>
            <numerusform>%1  completed  %n output</numerusform>
            <numerusform>%1  completed  %n outputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryQuery</name>
    <message numerus="yes">
        <source>The API keeps tasks for %n day(s) only: choose a start within the last %n day(s).</source>
        <translation>
            <numerusform>The API keeps tasks for %n day only: choose a start within the last %n day.</numerusform>
            <numerusform>The API keeps tasks for %n days only: choose a start within the last %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Search stopped; %n task(s) found so far.</source>
        <translation>
            <numerusform>Search stopped; %n task found so far.</numerusform>
            <numerusform>Search stopped; %n tasks found so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n task(s)</source>
        <translation>
            <numerusform>Found %n task</numerusform>
            <numerusform>Found %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) found.</source>
        <translation>
            <numerusform>%n task found.</numerusform>
            <numerusform>%n tasks found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Task(s)</source>
        <translation>
            <numerusform>&amp;Add %n Task</numerusform>
            <numerusform>&amp;Add %n Tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) found, %1 of them already watched.</source>
        <translation>
            <numerusform>%n task found, %1 of them already watched.</numerusform>
            <numerusform>%n tasks found, %1 of them already watched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Demo: %n sample task(s) submitted to the simulated API.</source>
        <translation>
            <numerusform>Demo: %n sample task submitted to the simulated API.</numerusform>
            <numerusform>Demo: %n sample tasks submitted to the simulated API.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) removed.</source>
        <translation>
            <numerusform>%n task removed.</numerusform>
            <numerusform>%n tasks removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) added</source>
        <translation>
            <numerusform>%n task added</numerusform>
            <numerusform>%n tasks added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already watched</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n already watched</numerusform>
            <numerusform>%n already watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving the outputs of %n task(s) into %1</source>
        <translation>
            <numerusform>Saving the outputs of %n task into %1</numerusform>
            <numerusform>Saving the outputs of %n tasks into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n output(s) of %1.</source>
        <translation>
            <numerusform>Saved %n output of %1.</numerusform>
            <numerusform>Saved %n outputs of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n task(s) as a Markdown table.</source>
        <translation>
            <numerusform>Copied %n task as a Markdown table.</numerusform>
            <numerusform>Copied %n tasks as a Markdown table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>Exported %n task to %1</numerusform>
            <numerusform>Exported %n tasks to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Monitor</name>
    <message numerus="yes">
        <source>Rate limited by the API; every check waits %n second(s).</source>
        <translation>
            <numerusform>Rate limited by the API; every check waits %n second.</numerusform>
            <numerusform>Rate limited by the API; every check waits %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message numerus="yes">
        <source>%n running</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n paused</numerusform>
            <numerusform>%n paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited — resuming in %n s</source>
        <translation>
            <numerusform>Rate limited — resuming in %n s</numerusform>
            <numerusform>Rate limited — resuming in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within a day — %1</source>
        <comment>tasks</comment>
        <extracomment>completed tasks whose outputs the API deletes within a day; then a link that saves them</extracomment>
        <translation>
            <numerusform>%n expiring within a day — %1</numerusform>
            <numerusform>%n expiring within a day — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetails</name>
    <message numerus="yes">
        <source>%1 of %n output(s), in %2</source>
        <extracomment>e.g. "1 of 2 outputs, in /home/me/Pictures/WaveSpeed"</extracomment>
        <translation>
            <numerusform>%1 of %n output, in %2</numerusform>
            <numerusform>%1 of %n outputs, in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message numerus="yes">
        <source>Next check in %n second(s), at %1.</source>
        <translation>
            <numerusform>Next check in %n second, at %1.</numerusform>
            <numerusform>Next check in %n seconds, at %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <extracomment>the outputs expire in this many days</extracomment>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <extracomment>the outputs expire in this many hours</extracomment>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <extracomment>the outputs expire in this many minutes</extracomment>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskPoller</name>
    <message numerus="yes">
        <source>Stopped watching after %n minute(s) without an end.</source>
        <translation>
            <numerusform>Stopped watching after %n minute without an end.</numerusform>
            <numerusform>Stopped watching after %n minutes without an end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <source>%n task(s) ended</source>
        <translation>
            <numerusform>%n task ended</numerusform>
            <numerusform>%n tasks ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <comment>tasks</comment>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed task(s) will be deleted by the API within a day, and their outputs are not saved yet.</source>
        <translation>
            <numerusform>%n completed task will be deleted by the API within a day, and their outputs are not saved yet.</numerusform>
            <numerusform>%n completed tasks will be deleted by the API within a day, and their outputs are not saved yet.</numerusform>
        </translation>
    </message>
</context>
</TS>