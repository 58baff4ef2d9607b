<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckpointViewer</name>
    <message>
        <source>RLlib checkpoints are Python pickles: loading one can run any code it contains. Open it only if you trust where it came from. Open it?</source>
        <translation>RLlib 检查点是 Python pickle 文件：加载它可能运行其中的任何代码。只有在你信任它的来源时才打开。要打开吗？</translation>
    </message>
    <message>
        <source>Ray is still starting; this checkpoint can be read in a moment.</source>
        <translation>Ray 还在启动中，稍后即可读取这个检查点。</translation>
    </message>
    <message>
        <source>Reading the checkpoint…</source>
        <translation>正在读取检查点…</translation>
    </message>
    <message>
        <source>Open an RLlib checkpoint folder</source>
        <translation>打开一个 RLlib 检查点文件夹</translation>
    </message>
    <message>
        <source>Open a checkpoint from outside the app?</source>
        <translation>打开一个来自本应用之外的检查点？</translation>
    </message>
    <message>
        <source>Checkpoint {0} ({1})</source>
        <translation>检查点 {0}（{1}）</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Diagnostics copied to the clipboard: paste them into your bug report.</source>
        <translation>诊断信息已复制到剪贴板：请粘贴到你的问题报告中。</translation>
    </message>
</context>
<context>
    <name>GifSaver</name>
    <message>
        <source>Save the game as an animated GIF</source>
        <translation>把游戏保存为 GIF 动画</translation>
    </message>
    <message>
        <source>The GIF could not be saved: {0}</source>
        <translation>无法保存 GIF：{0}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Episode</source>
        <translation>回合</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>回报</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>PPO</source>
        <translation>PPO（近似策略优化）</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>EnvRunner</source>
        <translation>EnvRunner（环境运行器）</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor（执行者）</translation>
    </message>
    <message>
        <source>Object store</source>
        <translation>对象存储</translation>
    </message>
    <message>
        <source>What the agent sees</source>
        <translation>智能体看到什么</translation>
    </message>
    <message>
        <source>Pushing the pole</source>
        <translation>推一下杆子</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>我在看什么？</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <source>What does “{0}” mean?</source>
        <translation>“{0}”是什么意思？</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Reinforcement learning</source>
        <translation>强化学习</translation>
    </message>
    <message>
        <source>Ray basics</source>
        <translation>Ray 基础</translation>
    </message>
    <message>
        <source>Starting Ray…</source>
        <translation>正在启动 Ray…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open an RLlib checkpoint…</source>
        <translation>打开 RLlib 检查点(&amp;O)…</translation>
    </message>
    <message>
        <source>Watch any RLlib checkpoint play, also one made outside this app.</source>
        <translation>观看任意 RLlib 检查点玩游戏，包括在本应用之外生成的检查点。</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top training</source>
        <translation>停止训练(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ray runtime…</source>
        <translation>Ray 运行时(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, big chart and pole, only Start/Stop and speed: for a projector (F5 or Esc to leave).</source>
        <translation>全屏、大图表和大杆子，只留开始/停止和速度：适合投影仪（按 F5 或 Esc 退出）。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Tour: show me around</source>
        <translation>导览：带我看一看(&amp;T)</translation>
    </message>
    <message>
        <source>Eight steps through the window, from the game to what Ray did; it starts the Quick demo.</source>
        <translation>分八步介绍窗口：从游戏讲到 Ray 做了什么；途中会启动快速演示。</translation>
    </message>
    <message>
        <source>&amp;About RL Playground</source>
        <translation>关于 RL Playground(&amp;A)</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>复制诊断信息(&amp;D)</translation>
    </message>
    <message>
        <source>Put versions, this machine, Ray&apos;s resources and the last log lines on the clipboard.</source>
        <translation>把版本、本机信息、Ray 的资源和最近的日志复制到剪贴板。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The window changes its language when it starts again. Restart now?</source>
        <translation>窗口在重新启动后切换语言。现在重启吗？</translation>
    </message>
    <message>
        <source>RL Playground is already open — here it is.</source>
        <translation>RL Playground 已经打开了——就在这里。</translation>
    </message>
    <message>
        <source>Connecting to Ray at {0}…</source>
        <translation>正在连接 {0} 上的 Ray…</translation>
    </message>
    <message>
        <source>Ray is not available: {0}</source>
        <translation>Ray 不可用：{0}</translation>
    </message>
    <message>
        <source>Ray is still starting; training can begin in a moment.</source>
        <translation>Ray 还在启动中，稍后即可开始训练。</translation>
    </message>
    <message>
        <source>A sweep is running and needs Ray&apos;s CPUs; stop it first (Sweep tab).</source>
        <translation>一次参数搜索正在运行，占用着 Ray 的 CPU；请先停止它（参数搜索标签页）。</translation>
    </message>
    <message>
        <source>Ray is still starting; resume in a moment.</source>
        <translation>Ray 还在启动中，请稍后再继续训练。</translation>
    </message>
    <message>
        <source>Continuing {0} from iteration {1}.</source>
        <translation>从第 {1} 次迭代继续 {0}。</translation>
    </message>
    <message>
        <source>Checkpoint saved at iteration {0}.</source>
        <translation>已在第 {0} 次迭代保存检查点。</translation>
    </message>
    <message>
        <source>Untrained agent</source>
        <translation>未训练的智能体</translation>
    </message>
    <message>
        <source>Current policy after iteration {0}</source>
        <translation>第 {0} 次迭代后的当前策略</translation>
    </message>
    <message>
        <source> (mean return {0:.0f})</source>
        <translation>（平均回报 {0:.0f}）</translation>
    </message>
    <message>
        <source>Training finished: {0}.</source>
        <translation>训练结束：{0}。</translation>
    </message>
    <message>
        <source>About RL Playground</source>
        <translation>关于 RL Playground</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <source>Training is still running. Stop it after the current iteration, save a checkpoint and quit?</source>
        <translation>训练仍在进行。在当前迭代结束后停止、保存检查点并退出吗？</translation>
    </message>
    <message>
        <source>Saving a checkpoint and closing…</source>
        <translation>正在保存检查点并关闭…</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>stop training (after the current iteration)</source>
        <translation>停止训练（在当前迭代结束后）</translation>
    </message>
    <message>
        <source>pause / continue the game</source>
        <translation>暂停 / 继续游戏</translation>
    </message>
    <message>
        <source>one step of the paused game</source>
        <translation>让暂停的游戏走一步</translation>
    </message>
    <message>
        <source>push the pole (both poles on Before / after)</source>
        <translation>推一下杆子（在“训练前 / 后”中两根杆子一起推）</translation>
    </message>
    <message>
        <source>faster / slower (0.25× to 4×)</source>
        <translation>加快 / 减慢（0.25× 到 4×）</translation>
    </message>
    <message>
        <source>play it yourself, on and off</source>
        <translation>自己来玩：打开 / 关闭</translation>
    </message>
    <message>
        <source>push the cart while you play</source>
        <translation>自己玩时推动小车</translation>
    </message>
    <message>
        <source>save the game as an animated GIF</source>
        <translation>把游戏保存为 GIF 动画</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>我在看什么？</translation>
    </message>
    <message>
        <source>Save the &amp;game as GIF…</source>
        <translation>把游戏保存为 GIF(&amp;G)…</translation>
    </message>
    <message>
        <source>Save the &amp;charts as PNG…</source>
        <translation>把图表保存为 PNG(&amp;C)…</translation>
    </message>
    <message>
        <source>Export the run&apos;s &amp;metrics as CSV…</source>
        <translation>把这次运行的指标导出为 CSV(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Simulator</source>
        <translation>模拟器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>我在看什么？(&amp;W)</translation>
    </message>
    <message>
        <source>Words &amp;explained</source>
        <translation>术语解释(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Saved {0} frames to {1}.</source>
        <translation>已保存 {0} 帧到 {1}。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Save the charts as a picture</source>
        <translation>把图表保存为图片</translation>
    </message>
    <message>
        <source>The picture could not be saved to {0}.</source>
        <translation>无法把图片保存到 {0}。</translation>
    </message>
    <message>
        <source>Choose a run in the Runs tab (or train one) to export its metrics.</source>
        <translation>请在“运行记录”标签页中选择一次运行（或先训练一次）再导出指标。</translation>
    </message>
    <message>
        <source>Export the run&apos;s metrics</source>
        <translation>导出这次运行的指标</translation>
    </message>
    <message>
        <source>The metrics could not be saved: {0}.</source>
        <translation>无法保存指标：{0}。</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <source>Single step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Push the pole</source>
        <translation>推一下杆子</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>加快</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>减慢</translation>
    </message>
    <message>
        <source>Play it yourself</source>
        <translation>自己来玩</translation>
    </message>
    <message>
        <source>Save the game as GIF…</source>
        <translation>把游戏保存为 GIF…</translation>
    </message>
</context>
<context>
    <name>PlaybackBar</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause or continue the game (Space).</source>
        <translation>暂停或继续游戏（空格键）。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Advance the paused game by one step, 1/50 s (N).</source>
        <translation>让暂停的游戏前进一步（N）。</translation>
    </message>
    <message>
        <source>Push the pole</source>
        <translation>推一下杆子</translation>
    </message>
    <message>
        <source>Knock the pole so it swings (P); you can also click the picture.</source>
        <translation>推一下杆子让它摆动（P）；也可以点击画面。</translation>
    </message>
    <message>
        <source>Play it yourself</source>
        <translation>自己来玩</translation>
    </message>
    <message>
        <source>Steer the cart yourself with ← and → (H).</source>
        <translation>用 ← 和 → 自己操控小车（H）。</translation>
    </message>
    <message>
        <source>Save GIF…</source>
        <translation>保存 GIF…</translation>
    </message>
    <message>
        <source>Save the current game as an animated picture (Ctrl+Shift+G).</source>
        <translation>把当前游戏保存为动画图片（Ctrl+Shift+G）。</translation>
    </message>
    <message>
        <source>How fast the game runs: 1× is real time (+ and − change it).</source>
        <translation>游戏运行的速度：1× 是实时（用 + 和 − 调整）。</translation>
    </message>
    <message>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>PresenterMode</name>
    <message>
        <source>Presenter</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>▶  Start training</source>
        <translation>▶  开始训练</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  停止</translation>
    </message>
</context>
<context>
    <name>ResourcesPanel</name>
    <message>
        <source>Ray CPUs</source>
        <translation>Ray 的 CPU</translation>
    </message>
    <message>
        <source>Processor cores Ray hands out to tasks and actors, and how many are taken.</source>
        <translation>Ray 分配给任务和 actor 的处理器核心，以及已被占用的数量。</translation>
    </message>
    <message>
        <source>Ray GPUs</source>
        <translation>Ray 的 GPU</translation>
    </message>
    <message>
        <source>Graphics cards Ray can use (none on most laptops; CartPole does not need one).</source>
        <translation>Ray 可以使用的显卡（大多数笔记本电脑没有；CartPole 也不需要）。</translation>
    </message>
    <message>
        <source>Ray memory</source>
        <translation>Ray 的内存</translation>
    </message>
    <message>
        <source>Memory that tasks and actors reserved from Ray&apos;s pool.</source>
        <translation>任务和 actor 从 Ray 的内存池中预留的内存。</translation>
    </message>
    <message>
        <source>Object store</source>
        <translation>对象存储</translation>
    </message>
    <message>
        <source>Ray&apos;s shared memory for results passed between processes.</source>
        <translation>Ray 的共享内存，用于在进程之间传递结果。</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>All memory in use on this computer, by every program.</source>
        <translation>这台电脑上所有程序正在使用的内存。</translation>
    </message>
    <message>
        <source>waiting for Ray…</source>
        <translation>正在等待 Ray…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>The machines in this Ray cluster (one on a laptop), and what each offers.</source>
        <translation>这个 Ray 集群中的机器（笔记本电脑上只有一台），以及每台提供的资源。</translation>
    </message>
    <message>
        <source>Ray process</source>
        <translation>Ray 进程</translation>
    </message>
    <message>
        <source>Ray&apos;s worker processes on this machine: each task or actor runs in one.</source>
        <translation>本机上 Ray 的工作进程：每个任务或 actor 都在其中一个进程里运行。</translation>
    </message>
    <message>
        <source>Ray&apos;s processes — each task or actor runs in one</source>
        <translation>Ray 的进程——每个任务或 actor 都在其中一个里运行</translation>
    </message>
    <message>
        <source>{0:g} of {1:g} in use</source>
        <translation>已用 {0:g} / 共 {1:g}</translation>
    </message>
    <message>
        <source>{0:.1f} of {1:.1f} GiB</source>
        <translation>{0:.1f} / {1:.1f} GiB</translation>
    </message>
    <message>
        <source>{0:.2f} of {1:.1f} GiB</source>
        <translation>{0:.2f} / {1:.1f} GiB</translation>
    </message>
    <message>
        <source> (dead)</source>
        <translation>（已停止）</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>building</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Run / checkpoint</source>
        <translation>运行 / 检查点</translation>
    </message>
    <message>
        <source>game</source>
        <translation>游戏</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>iter</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>best return</source>
        <translation>最佳回报</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Every training run saved on this computer; open one to see its checkpoints.</source>
        <translation>这台电脑上保存的每一次训练运行；展开一个即可看到它的检查点。</translation>
    </message>
    <message>
        <source>How many games the saved agent plays.</source>
        <translation>保存的智能体要玩几局游戏。</translation>
    </message>
    <message>
        <source>Watch it play</source>
        <translation>看它玩</translation>
    </message>
    <message>
        <source>Load the selected checkpoint (or the run&apos;s latest) into the simulator.</source>
        <translation>把选中的检查点（或这次运行的最新检查点）载入模拟器。</translation>
    </message>
    <message>
        <source>Resume training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <source>Continue training from the selected checkpoint. From a run&apos;s latest checkpoint the same run continues; from an older one a new run starts.</source>
        <translation>从选中的检查点继续训练。从最新的检查点继续时沿用同一次运行；从较早的检查点继续时会开始一次新的运行。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Give the selected run a name you will recognise.</source>
        <translation>给选中的运行起一个你认得出的名字。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected run and its checkpoints from this computer (asks first).</source>
        <translation>从这台电脑上删除选中的运行及其检查点（会先询问）。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Show the run&apos;s files (metrics, checkpoints) in the file manager.</source>
        <translation>在文件管理器中显示这次运行的文件（指标、检查点）。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Keep only the newest K checkpoints of each run to save disk space (&apos;all&apos; keeps every one).</source>
        <translation>每次运行只保留最新的 K 个检查点以节省磁盘空间（“全部”表示全都保留）。</translation>
    </message>
    <message>
        <source>episodes:</source>
        <translation>回合数：</translation>
    </message>
    <message>
        <source>Keep checkpoints:</source>
        <translation>保留检查点：</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>创建于 {0}</translation>
    </message>
    <message>
        <source>checkpoint {0}</source>
        <translation>检查点 {0}</translation>
    </message>
    <message>
        <source>{0} runs, {1}</source>
        <translation>{0} 次运行，{1}</translation>
    </message>
    <message>
        <source>Run {0}, checkpoint {1}</source>
        <translation>运行 {0}，检查点 {1}</translation>
    </message>
    <message>
        <source>Rename run</source>
        <translation>重命名运行</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名字：</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Delete run &apos;{0}&apos; and all its checkpoints? This cannot be undone.</source>
        <translation>删除运行“{0}”及其所有检查点？此操作无法撤销。</translation>
    </message>
    <message>
        <source>This run is training; stop it before deleting it.</source>
        <translation>这次运行正在训练；请先停止再删除。</translation>
    </message>
    <message>
        <source>Could not delete the run ({0}).</source>
        <translation>无法删除这次运行（{0}）。</translation>
    </message>
</context>
<context>
    <name>RuntimeDialog</name>
    <message>
        <source>Local: the app starts its own Ray on this computer (listening on this computer only).&lt;br&gt;Cluster: the app joins a Ray cluster that is already running, for more CPUs or GPUs. Ray&apos;s token authentication must match: set &lt;code&gt;RAY_AUTH_MODE=token&lt;/code&gt; and the cluster&apos;s token (&lt;code&gt;RAY_AUTH_TOKEN&lt;/code&gt; or &lt;code&gt;~/.ray/auth_token&lt;/code&gt;) before starting the app.&lt;br&gt;The change takes effect when the app restarts.</source>
        <translation>本地：应用在这台电脑上启动自己的 Ray（只在本机监听）。&lt;br&gt;集群：应用加入一个已经在运行的 Ray 集群，以获得更多 CPU 或 GPU。Ray 的令牌认证必须一致：启动应用之前设置 &lt;code&gt;RAY_AUTH_MODE=token&lt;/code&gt; 和集群的令牌（&lt;code&gt;RAY_AUTH_TOKEN&lt;/code&gt; 或 &lt;code&gt;~/.ray/auth_token&lt;/code&gt;）。&lt;br&gt;更改在应用重启后生效。</translation>
    </message>
    <message>
        <source>Give the cluster&apos;s address as HOST:PORT, for example 192.168.1.20:6379.</source>
        <translation>请以 主机:端口 的形式填写集群地址，例如 192.168.1.20:6379。</translation>
    </message>
    <message>
        <source>Ray runtime</source>
        <translation>Ray 运行时</translation>
    </message>
    <message>
        <source>Local (embedded, this computer only)</source>
        <translation>本地（内嵌，仅限这台电脑）</translation>
    </message>
    <message>
        <source>Connect to a running cluster at:</source>
        <translation>连接到正在运行的集群：</translation>
    </message>
    <message>
        <source>HOST:PORT, e.g. 192.168.1.20:6379</source>
        <translation>主机:端口，例如 192.168.1.20:6379</translation>
    </message>
    <message>
        <source>Restart RL Playground</source>
        <translation>重启 RL Playground</translation>
    </message>
    <message>
        <source>The Ray runtime changes when the app restarts. Restart now?</source>
        <translation>Ray 运行时在应用重启后更改。现在重启吗？</translation>
    </message>
    <message>
        <source>Ray has not answered at {0} after 10 seconds.</source>
        <translation>{0} 上的 Ray 在 10 秒内没有响应。</translation>
    </message>
    <message>
        <source>Switch to the local Ray runtime on this computer (the app restarts)?</source>
        <translation>切换到这台电脑上的本地 Ray 运行时（应用会重启）？</translation>
    </message>
    <message>
        <source>Ray cluster unavailable</source>
        <translation>Ray 集群不可用</translation>
    </message>
</context>
<context>
    <name>SimulatorArea</name>
    <message>
        <source>The agent plays</source>
        <translation>智能体在玩</translation>
    </message>
    <message>
        <source>Before / after</source>
        <translation>训练前 / 后</translation>
    </message>
    <message>
        <source>The current policy (or a checkpoint, or you) plays; push the pole and see what happens.</source>
        <translation>当前策略（或某个检查点，或你自己）在玩；推一下杆子，看看会发生什么。</translation>
    </message>
    <message>
        <source>Two agents play the very same game side by side: untrained against trained.</source>
        <translation>两个智能体并排玩同一局游戏：未训练的对比训练过的。</translation>
    </message>
</context>
<context>
    <name>StatusTable</name>
    <message>
        <source>Trial name</source>
        <translation>试验名称</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>iter</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>total time (s)</source>
        <translation>总时间（秒）</translation>
    </message>
    <message>
        <source>ts</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>steps/s</source>
        <translation>步/秒</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>TERMINATED</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>STOPPING</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <source>BUILDING</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>INTERRUPTED</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>End the tour</source>
        <translation>结束导览</translation>
    </message>
    <message>
        <source>The game and its four numbers</source>
        <translation>游戏和它的四个数字</translation>
    </message>
    <message>
        <source>This is CartPole: a pole stands on a cart, and the cart is pushed left or right to keep it up. The computer sees only four numbers: where the cart is, how fast it moves, how far the pole leans and how fast it falls. From these it chooses: left or right.</source>
        <translation>这是 CartPole（倒立摆）：一根杆子立在小车上，小车被向左或向右推，好让杆子不倒。电脑只看到四个数字：小车在哪里、移动得多快、杆子倾斜了多少、倒下得多快。它根据这些数字选择：向左还是向右。</translation>
    </message>
    <message>
        <source>Try it yourself</source>
        <translation>自己试一试</translation>
    </message>
    <message>
        <source>Press H (or “Play it yourself”) and steer with the ← and → keys. It is harder than it looks! Press H again to hand the game back.</source>
        <translation>按 H（或“自己来玩”），用 ← 和 → 键操控。这比看起来难！再按一次 H 把游戏交还给电脑。</translation>
    </message>
    <message>
        <source>An untrained agent</source>
        <translation>一个未训练的智能体</translation>
    </message>
    <message>
        <source>Now the computer plays, but it has learned nothing yet: it chooses almost at random, and the pole falls within seconds. Nobody will tell it how to balance; it only gets a reward of 1 point for every step the pole stays up.</source>
        <translation>现在由电脑来玩，但它还什么都没学会：它几乎是随机选择，杆子几秒钟就倒了。没有人会告诉它怎样保持平衡；杆子每多立住一步，它就得到 1 分奖励。</translation>
    </message>
    <message>
        <source>Press Start</source>
        <translation>按下开始</translation>
    </message>
    <message>
        <source>Training makes the computer play thousands of games and learn from them. Next starts the Quick demo (the Start button, or Ctrl+Enter, does the same).</source>
        <translation>训练让电脑玩成千上万局游戏，并从中学习。点“开始训练”就会启动快速演示（“开始”按钮或 Ctrl+Enter 的效果相同）。</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <source>The curve climbs</source>
        <translation>曲线在上升</translation>
    </message>
    <message>
        <source>Each point is one iteration: the computer played a few thousand steps, then improved. The height is the mean return: the points of one whole game, here how many steps the pole stayed up (at most 500). When the curve reaches the dashed line, the game is solved.</source>
        <translation>每个点是一次迭代：电脑玩了几千步，然后改进自己。高度是平均回报：一整局游戏得到的总分，在这里就是杆子立住了多少步（最多 500）。曲线到达虚线时，这个游戏就算解决了。</translation>
    </message>
    <message>
        <source>The pole stays up</source>
        <translation>杆子立住了</translation>
    </message>
    <message>
        <source>After every iteration the game on the right plays with the newest policy (the computer&apos;s way of choosing). Watch it: the pole falls later and later, and then no longer.</source>
        <translation>每次迭代之后，右边的游戏都用最新的策略（电脑做选择的方法）来玩。看着它：杆子倒得越来越晚，最后不再倒下。</translation>
    </message>
    <message>
        <source>Push it</source>
        <translation>推它一下</translation>
    </message>
    <message>
        <source>Press P or click the picture to knock the pole. A trained agent catches it; an untrained one lets it fall.</source>
        <translation>按 P 或点击画面推一下杆子。训练过的智能体能把它扶稳；未训练的会让它倒下。</translation>
    </message>
    <message>
        <source>What Ray did</source>
        <translation>Ray 做了什么</translation>
    </message>
    <message>
        <source>Ray ran the training: it started worker processes (actors; the EnvRunners among them play the game in parallel) and shared their data through its object store. These bars show the processors and the memory it used, and the table lists its processes.</source>
        <translation>训练由 Ray 运行：它启动了工作进程（actor；其中的 EnvRunner 并行地玩游戏），并通过它的对象存储共享数据。这些条显示它用了多少处理器和内存，表格列出了它的进程。</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Welcome to RL Playground</source>
        <translation>欢迎使用 RL Playground</translation>
    </message>
    <message>
        <source>New here? A short tour shows the window one part at a time, and trains the computer to balance the pole while you watch.</source>
        <translation>第一次来？简短的导览会一次介绍窗口的一个部分，并在你观看时训练电脑让杆子保持平衡。</translation>
    </message>
    <message>
        <source>Show me around</source>
        <translation>带我看看</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>不用了，谢谢</translation>
    </message>
</context>
</TS>
