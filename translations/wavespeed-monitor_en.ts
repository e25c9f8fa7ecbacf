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
</context>
</TS>