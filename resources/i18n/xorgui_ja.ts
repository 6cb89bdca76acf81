<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>ActivationPlot</name>
    <message>
        <source>No hidden layer: the activation is not used; the output unit draws one straight line.</source>
        <translation>中間層がないので、活性化関数は使われません。出力ユニットは直線を 1 本引くだけです。</translation>
    </message>
    <message>
        <source>chosen: {formula}</source>
        <translation>選んだ関数:{formula}</translation>
    </message>
    <message>
        <source>Dots: the four inputs on unit h1&apos;s {activation}, epoch {epoch} (its w1·x1 + w2·x2 + b along the x axis).</source>
        <translation>点は 4 つの入力です。ユニット h1 の活性化関数（{activation}）のどこに来るかを示します（エポック {epoch}。横軸は h1 の w1·x1 + w2·x2 + b）。</translation>
    </message>
    <message>
        <source>Dots: the {count} points on unit h1&apos;s {activation}, epoch {epoch} (its weighted sum of the inputs plus its bias along the x axis; hollow: test points).</source>
        <translation>点は、{count} 個の点がユニット h1 の{activation}のどこにあるかを示します（エポック {epoch}）。横軸は入力の重み付き和にバイアスを足した値です。白抜きはテスト用の点です。</translation>
    </message>
    <message>
        <source>one unit, weight 1, bias 0, computes: y = σ(x)</source>
        <translation>重み 1・バイアス 0 のユニット 1 つが計算するもの:y = σ(x)</translation>
    </message>
    <message>
        <source>the article&apos;s curve: y = x·σ(x) (SiLU)</source>
        <translation>記事の曲線:y = x·σ(x)（SiLU）</translation>
    </message>
    <message>
        <source>no activation: y = x</source>
        <translation>活性化関数なし:y = x</translation>
    </message>
    <message>
        <source>The article writes x·σ(x): it multiplies by x where the second layer takes σ(x) as its input, so the network computes σ(x). x·σ(x) is another function (SiLU, or swish); both bend, because both pass x through the non-linear σ.</source>
        <translation>記事は x·σ(x) と書いていますが、これは 2 層目が σ(x) を入力として受け取るところで x を掛けてしまっています。ネットワークが計算するのは σ(x) です。x·σ(x) は別の関数（SiLU、swish とも呼ばれます）です。どちらも x を非線形な σ に通すので、どちらも曲がります。</translation>
    </message>
    <message>
        <source>identity(x) = x</source>
        <translation>恒等関数 f(x) = x</translation>
    </message>
</context>
<context>
    <name>AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>アニメーションを書き出す</translation>
    </message>
    <message>
        <source>The file to write: .gif, .mp4 or .webp, by its extension.</source>
        <translation>書き出すファイル。拡張子（.gif、.mp4、.webp）で形式が決まります。</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog.</source>
        <translation>ファイルを選ぶダイアログを開きます。</translation>
    </message>
    <message>
        <source>How many pictures of the run the file holds.</source>
        <translation>ファイルに入れるコマ（学習の様子の画像）の数。</translation>
    </message>
    <message>
        <source>Frames shown per second when it plays.</source>
        <translation>再生するときの 1 秒あたりのコマ数。</translation>
    </message>
    <message>
        <source>Where the loss moves</source>
        <translation>損失が動くところ</translation>
    </message>
    <message>
        <source>Evenly in epochs</source>
        <translation>エポックで等間隔</translation>
    </message>
    <message>
        <source>Where the loss moves: half the frames evenly over the epochs, half where the loss changes, so the long plateau and the quick drop both show. Evenly in epochs: the same number of epochs between any two frames.</source>
        <translation>「損失が動くところ」は、コマの半分をエポックで等間隔に、残りの半分を損失が大きく変わるところに置きます。長い停滞も急な下降も映ります。「エポックで等間隔」は、どのコマの間も同じエポック数にします。</translation>
    </message>
    <message>
        <source>Width and height of every frame, in pixels.</source>
        <translation>各コマの幅と高さ（ピクセル）。</translation>
    </message>
    <message>
        <source>Show the &amp;loss plot beside the surface</source>
        <translation>曲面の横に損失グラフを表示(&amp;L)</translation>
    </message>
    <message>
        <source>The loss curve, filling in up to each frame&apos;s epoch.</source>
        <translation>損失の曲線。各コマのエポックまで描かれていきます。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>F&amp;rames:</source>
        <translation>コマ数(&amp;R):</translation>
    </message>
    <message>
        <source>Frames per &amp;second:</source>
        <translation>1 秒あたりのコマ数(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;pacing:</source>
        <translation>コマの置き方(&amp;P):</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>大きさ(&amp;Z):</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <source>Give the file a name, e.g. xor-training.gif.</source>
        <translation>ファイル名を付けてください（例:xor-training.gif）。</translation>
    </message>
    <message>
        <source>The file must end in .gif, .mp4 or .webp: its extension chooses the format.</source>
        <translation>ファイル名の最後は .gif、.mp4、.webp のどれかにしてください。拡張子で形式が決まります。</translation>
    </message>
    <message>
        <source>plays for {seconds:.2f} s</source>
        <translation>再生時間 {seconds:.2f} 秒</translation>
    </message>
    <message>
        <source>GIF animations (*.gif);;MP4 videos (*.mp4);;WebP animations (*.webp)</source>
        <translation>GIF アニメーション (*.gif);;MP4 動画 (*.mp4);;WebP アニメーション (*.webp)</translation>
    </message>
</context>
<context>
    <name>AnimationExport</name>
    <message>
        <source>Export &amp;animation...</source>
        <translation>アニメーションを書き出す(&amp;A)...</translation>
    </message>
    <message>
        <source>Write the training so far as a GIF, MP4 or WebP: the surface (and the loss plot) from epoch 0 to now, with the epoch and loss in every frame.</source>
        <translation>ここまでの学習を GIF、MP4、WebP で書き出します。エポック 0 から今までの曲面（と損失グラフ）に、コマごとのエポックと損失を添えます。</translation>
    </message>
    <message>
        <source>The learning rate was changed during this run (from {old:g} to {new:g}). The animation trains the run again with {new:g} from epoch 0, so it can differ from what you watched.</source>
        <translation>この学習の途中で学習率が変わりました（{old:g} から {new:g} へ）。アニメーションはエポック 0 から学習率 {new:g} でもう一度学習するため、見ていたものと違うことがあります。</translation>
    </message>
    <message>
        <source>Nothing to animate yet: train the run first.</source>
        <translation>アニメーションにするものがまだありません。先に学習してください。</translation>
    </message>
    <message>
        <source>Drawing the frames of {name}...</source>
        <translation>{name} のコマを描いています...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>アニメーションを書き出す</translation>
    </message>
    <message>
        <source>Saved the animation ({frames} frames, plays {seconds:.2f} s, made in {made:.1f} s) to {path}</source>
        <translation>アニメーションを保存しました（{frames} フレーム、再生時間 {seconds:.2f} 秒、作成に {made:.1f} 秒）:{path}</translation>
    </message>
    <message>
        <source>Cancelled the animation: no file was written.</source>
        <translation>アニメーションを中止しました。ファイルは書き出していません。</translation>
    </message>
    <message>
        <source>Could not export the animation</source>
        <translation>アニメーションを書き出せませんでした</translation>
    </message>
</context>
<context>
    <name>ArticleSetup</name>
    <message>
        <source>seed {seed}, {gate}, {shape} {activation}, {loss}, {optimizer} lr {lr:g}, {epochs:,} epochs</source>
        <translation>シード {seed}、{gate}、{shape} {activation}、{loss}、{optimizer} 学習率 {lr:g}、{epochs:,} エポック</translation>
    </message>
    <message>
        <source>Restore the &amp;article&apos;s setup</source>
        <translation>記事の設定に戻す(&amp;A)</translation>
    </message>
    <message>
        <source>Article setup</source>
        <translation>記事の設定</translation>
    </message>
    <message>
        <source>Set every control back to the article&apos;s setup ({setup}) and start again from epoch 0.</source>
        <translation>すべての設定を記事の設定（{setup}）に戻し、エポック 0 からやり直します。</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>AtlasCommand</name>
    <message>
        <source>&amp;Atlas...</source>
        <translation>設定マップ(&amp;A)...</translation>
    </message>
    <message>
        <source>Where does training work? Sweep a grid of learning rates and widths (or other settings) and see it as two heatmaps.</source>
        <translation>学習がうまくいくのはどこでしょうか。学習率とユニット数（またはほかの設定）の組み合わせごとにシードを一括で試し、2 つのヒートマップで見ます。</translation>
    </message>
</context>
<context>
    <name>AtlasDialog</name>
    <message>
        <source>Atlas</source>
        <translation>設定マップ</translation>
    </message>
    <message>
        <source>&amp;Across</source>
        <translation>横軸(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>縦軸(&amp;U)</translation>
    </message>
    <message>
        <source>The setting that varies along this side.</source>
        <translation>この軸で変える設定。</translation>
    </message>
    <message>
        <source>Seeds 0 to N-1 in every cell; the first pass trains 10 of them.</source>
        <translation>どのマスでもシード 0～N-1 を使います。最初の一巡では、そのうち 10 個を学習します。</translation>
    </message>
    <message>
        <source>The epoch budget of every seed.</source>
        <translation>各シードで学習するエポック数。</translation>
    </message>
    <message>
        <source>&amp;Seeds per cell</source>
        <translation>マスごとのシード数(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation>エポック数(&amp;E)</translation>
    </message>
    <message>
        <source>Click a cell to choose it.</source>
        <translation>マスをクリックして選んでください。</translation>
    </message>
    <message>
        <source>S&amp;weep this setup...</source>
        <translation>この設定でシードを一括で試す(&amp;W)...</translation>
    </message>
    <message>
        <source>Open the sweep of the chosen cell&apos;s setup, with its seeds.</source>
        <translation>選んだマスの設定とシードで「シードを一括で試す」を開きます。</translation>
    </message>
    <message>
        <source>&amp;Watch a seed</source>
        <translation>シードを見る(&amp;W)</translation>
    </message>
    <message>
        <source>Train the chosen cell&apos;s typical seed (one that solved in about the median number of epochs) in the main window.</source>
        <translation>選んだマスの典型的なシード（中央値くらいのエポック数で解けたもの）をメインウィンドウで学習します。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Train every cell: a coarse pass first.</source>
        <translation>すべてのマスを学習します。まず少ないシードでおおまかに一巡します。</translation>
    </message>
    <message>
        <source>&amp;Cancel atlas</source>
        <translation>設定マップを中止(&amp;C)</translation>
    </message>
    <message>
        <source>Stop; the cells done so far stay.</source>
        <translation>止めます。ここまでに終わったマスは残ります。</translation>
    </message>
    <message>
        <source>Trains a sweep for every pair of values of two settings, with everything else from the main window&apos;s setup:&lt;br&gt;&lt;b&gt;{setup}&lt;/b&gt;</source>
        <translation>2 つの設定の値のすべての組み合わせについて、シードを一括で学習します。ほかの設定はメインウィンドウのままです。&lt;br&gt;&lt;b&gt;{setup}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Across</source>
        <translation>横軸</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>縦軸</translation>
    </message>
    <message>
        <source>%p% of {cells} cells x {seeds} seeds</source>
        <translation>{cells} マス × {seeds} シードの %p%</translation>
    </message>
    <message>
        <source>The atlas stopped because of an error: {error}</source>
        <translation>エラーのため設定マップが止まりました（{error}）。</translation>
    </message>
    <message>
        <source>Cancelled at %p%</source>
        <translation>%p% で中止しました</translation>
    </message>
    <message>
        <source>The values, separated by commas (1,2,4), or a range: 0.01:10:8log is eight learning rates spaced evenly on a log scale, 0:4 the whole numbers 0 to 4. A set of inputs joins them with +: x1+x2+x1x2.</source>
        <translation>値を 1,2,4 のようにコンマで区切って書くか、範囲で書きます。0.01:10:8log は対数目盛で等間隔に並べた 8 つの学習率、0:4 は 0 から 4 までの整数です。入力の組は x1+x2+x1x2 のように + でつなぎます。</translation>
    </message>
    <message>
        <source>Chosen: {cell}</source>
        <translation>選択中:{cell}</translation>
    </message>
    <message>
        <source>&amp;Watch seed {seed}</source>
        <translation>シード {seed} を見る(&amp;W)</translation>
    </message>
</context>
<context>
    <name>AtlasView</name>
    <message>
        <source>Share of seeds that learn the gate</source>
        <translation>ゲートを学習できたシードの割合</translation>
    </message>
    <message>
        <source>Median epochs to solve (grey: too few solved)</source>
        <translation>解けるまでのエポック数の中央値（灰色は、解けたシードが少ないマス）</translation>
    </message>
    <message>
        <source>{x}, {y}</source>
        <translation>{x}、{y}</translation>
    </message>
    <message>
        <source>Point at a cell to read its values; click it to sweep that setup or watch one of its seeds.</source>
        <translation>マスにマウスを合わせると値が出ます。クリックすると、その設定でシードを一括で試したり、シードの 1 つを見たりできます。</translation>
    </message>
</context>
<context>
    <name>ChoiceBox</name>
    <message>
        <source>custom {bits}</source>
        <translation>カスタム {bits}</translation>
    </message>
</context>
<context>
    <name>CollapsePanel</name>
    <message>
        <source>&amp;Overlay on the 3-D surface</source>
        <translation>3D の曲面に重ねる(&amp;O)</translation>
    </message>
    <message>
        <source>Draw the single layer&apos;s output as a magenta grid over the 3-D surface: with no activation the two coincide.</source>
        <translation>まとめた 1 層の出力を、3D の曲面の上にマゼンタの格子で描きます。活性化関数がなければ、2 つはぴったり重なります。</translation>
    </message>
    <message>
        <source>They coincide: max difference {value} between the single layer and the network&apos;s surface.</source>
        <translation>重なっています。まとめた 1 層とネットワークの曲面の差は最大 {value} です。</translation>
    </message>
    <message>
        <source>{gate}, network {shape} ({activation}), epoch {epoch}</source>
        <translation>{gate}、ネットワーク {shape}（{activation}）、エポック {epoch}</translation>
    </message>
    <message>
        <source>Single layer: w1&apos; = {w1}, w2&apos; = {w2}, b&apos; = {b}</source>
        <translation>まとめた 1 層:w1&apos; = {w1}、w2&apos; = {w2}、b&apos; = {b}</translation>
    </message>
    <message>
        <source>Single layer over the features: y = {terms} {b}</source>
        <translation>特徴量をまとめた 1 層 y = {terms} {b}</translation>
    </message>
    <message>
        <source>output = σ(y), as for any single layer</source>
        <translation>出力 = σ(y)（1 層のときと同じ）</translation>
    </message>
    <message>
        <source>No activation between the layers: all {count} of them multiply out into one linear layer, as the article shows for two.</source>
        <translation>層の間に活性化関数がないので、{count} 層すべてを掛け合わせると 1 層の線形変換にまとまります（記事が 2 層で示しているとおりです）。</translation>
    </message>
    <message>
        <source>No hidden layer: the network already is one linear layer.</source>
        <translation>中間層がないので、このネットワークははじめから 1 層の線形変換です。</translation>
    </message>
    <message>
        <source>The collapse happens only without an activation: with {activation} between the layers, W2·{activation}(W1·x + b1) + b2 cannot be multiplied out, so the network bends. Choose the identity activation to see the layers collapse into one.</source>
        <translation>層が 1 つにまとまるのは、活性化関数がないときだけです。層の間に{activation}があると、W2·f(W1·x + b1) + b2（f は{activation}）は掛け合わせてまとめられないので、ネットワークの出力は曲がります。活性化関数を恒等関数にすると、層が 1 つにまとまる様子を見られます。</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Gate</source>
        <translation>ゲート(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Inputs</source>
        <translation>入力(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Batch size</source>
        <translation>バッチサイズ(&amp;B)</translation>
    </message>
    <message>
        <source>L&amp;1</source>
        <translation>L1(&amp;1)</translation>
    </message>
    <message>
        <source>L&amp;2</source>
        <translation>L2(&amp;2)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>How many hidden layers sit between the two inputs and the output. 0 means one linear layer (plus the output sigmoid). Changing it starts a new model.</source>
        <translation>2 つの入力と出力の間にある中間層の数。0 なら、線形変換 1 つ（と出力のシグモイド）だけです。変えると新しいモデルで始めます。</translation>
    </message>
    <message>
        <source>Hidden &amp;layers</source>
        <translation>中間層の数(&amp;L)</translation>
    </message>
    <message>
        <source>Units (neurons) in hidden layer {n}, {min} to {max}. Changing it starts a new model.</source>
        <translation>中間層 {n} のユニット（ニューロン）の数。{min}～{max}。変えると新しいモデルで始めます。</translation>
    </message>
    <message>
        <source>The points the network learns from: open to choose a data set.</source>
        <translation>ネットワークが学習する点です。開くとデータセットを選べます。</translation>
    </message>
    <message>
        <source>The network&apos;s input features, the batch size and L1/L2 regularization: open to change them.</source>
        <translation>ネットワークへの入力（特徴量）、バッチサイズ、L1・L2 正則化です。開くと変更できます。</translation>
    </message>
    <message>
        <source>Width of hidden layer {n}</source>
        <translation>中間層 {n} のユニット数</translation>
    </message>
    <message>
        <source>The logic gate the network learns. AND, OR, NAND and NOR can be separated by one straight line; XOR and XNOR cannot. Click a target in the truth table to flip it: any of the 16 functions. The gate labels the four corners and the XOR clouds; the other data sets have labels of their own.</source>
        <translation>ネットワークが学習する論理ゲート。AND、OR、NAND、NOR は 1 本の直線で分けられますが、XOR と XNOR は分けられません。真理値表の正解をクリックすると反転でき、16 通りのどの関数でも学習させられます。ゲートが正解を決めるのは 4 つの角と XOR の点の集まりだけで、ほかのデータセットには独自の正解があります。</translation>
    </message>
    <message>
        <source>How many training points each update step sees. Full batch (the article) uses them all; a smaller batch takes the points in a new shuffled order each epoch, several steps an epoch.</source>
        <translation>1 回の更新で使う学習用の点の数です。フルバッチ（記事）はすべての点を使います。小さいバッチでは、エポックごとに点の順番を並べ替え、1 エポックで何回も更新します。</translation>
    </message>
    <message>
        <source>Full batch</source>
        <translation>フルバッチ</translation>
    </message>
    <message>
        <source>L1 regularization: adds this rate times the sum of the weights&apos; sizes to the loss, pulling weights to exactly 0. 0 is none (the article).</source>
        <translation>L1 正則化の強さです。重みの絶対値の和にこの値を掛けて損失に加えるので、重みがちょうど 0 に引き寄せられます。0 は正則化なし（記事）です。</translation>
    </message>
    <message>
        <source>L2 regularization (weight decay): adds this rate times the sum of the squared weights to the loss, keeping every weight small. 0 is none (the article).</source>
        <translation>L2 正則化（重み減衰）の強さです。重みの 2 乗の和にこの値を掛けて損失に加えるので、どの重みも小さく保たれます。0 は正則化なし（記事）です。</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Inputs and generalization</source>
        <translation>入力と汎化</translation>
    </message>
    <message>
        <source>&amp;Widths</source>
        <translation>ユニット数(&amp;W)</translation>
    </message>
    <message>
        <source>Units per layer: inputs - hidden layers - output, as the article writes it.</source>
        <translation>層ごとのユニット数。入力 - 中間層 - 出力の順で、記事と同じ書き方です。</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>構成</translation>
    </message>
    <message>
        <source>The non-linear function after each hidden layer. With identity (no activation) the layers collapse into one linear layer.</source>
        <translation>各中間層のあとに入れる非線形関数。恒等関数（活性化関数なし）では、層は 1 層の線形変換にまとまってしまいます。</translation>
    </message>
    <message>
        <source>&amp;Activation</source>
        <translation>活性化関数(&amp;A)</translation>
    </message>
    <message>
        <source>What the output unit does with its sum. Sigmoid (the article) squashes it into 0..1, a probability. Linear leaves it as it is: it needs the MSE loss, and with a large learning rate the loss can blow up.</source>
        <translation>出力ユニットが和をどう変換するか。シグモイド（記事）は 0～1 の確率に押し込めます。線形はそのまま出力するので、MSE 損失が必要です。学習率が大きいと損失が発散することがあります。</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>出力(&amp;U)</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>The random seed of the initial weights: the same seed always gives the same starting model. The article uses 42.</source>
        <translation>初期の重みを決める乱数シード。同じシードなら、必ず同じモデルから始まります。記事は 42 です。</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>Pick a random seed and start a new model.</source>
        <translation>ランダムなシードを選び、新しいモデルで始めます。</translation>
    </message>
    <message>
        <source>&amp;Seed</source>
        <translation>シード(&amp;S)</translation>
    </message>
    <message>
        <source>How the weights are updated: plain gradient descent (SGD, as in the article) or Adam, which adapts the step for each weight.</source>
        <translation>重みの更新方法。確率的勾配降下法（SGD、記事と同じ）か、重みごとに歩幅を調整する Adam です。</translation>
    </message>
    <message>
        <source>&amp;Optimizer</source>
        <translation>最適化手法(&amp;O)</translation>
    </message>
    <message>
        <source>SGD momentum, 0 to {max:g}: how much of the previous step is kept. 0 is plain SGD (the article). Adam ignores it.</source>
        <translation>SGD のモーメンタム（0～{max:g}）。前の更新をどれだけ残すか。0 はモーメンタムなしの SGD（記事と同じ）です。Adam では使いません。</translation>
    </message>
    <message>
        <source>&amp;Momentum</source>
        <translation>モーメンタム(&amp;M)</translation>
    </message>
    <message>
        <source>Learning rate on a log scale, 0.0001 to 10. It changes live: the model keeps training with the new rate.</source>
        <translation>学習率（対数目盛、0.0001～10）。すぐに反映され、モデルは新しい学習率で学習を続けます。</translation>
    </message>
    <message>
        <source>Learning rate: the size of each update step (the article uses 0.1). Too large and the loss can blow up. Changes live.</source>
        <translation>学習率は 1 回の更新の大きさです（記事は 0.1）。大きすぎると損失が発散することがあります。すぐに反映されます。</translation>
    </message>
    <message>
        <source>Learning &amp;rate</source>
        <translation>学習率(&amp;R)</translation>
    </message>
    <message>
        <source>What the network minimises: binary cross-entropy (BCELoss, the article) or mean squared error. A linear output needs MSE: choosing it switches the loss, and the sigmoid output switches it back.</source>
        <translation>ネットワークが小さくする量。2 値交差エントロピー（BCELoss、記事）か平均二乗誤差です。線形出力には MSE が必要なので、線形を選ぶと損失関数が切り替わり、シグモイド出力に戻すと元に戻ります。</translation>
    </message>
    <message>
        <source>L&amp;oss</source>
        <translation>損失関数(&amp;O)</translation>
    </message>
    <message>
        <source>How many epochs a run trains (the article: 20,000). Changes live. When a run has finished, Continue trains this many more; the budget stays as you set it.</source>
        <translation>1 回の学習のエポック数（記事は 20,000）。すぐに反映されます。学習が終わったあとは「続ける」でこの数だけ追加で学習し、エポック数の設定はそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Epoch budget</source>
        <translation>エポック数(&amp;E)</translation>
    </message>
    <message>
        <source>A linear output needs the squared error: the loss is now MSE (cross-entropy needs outputs between 0 and 1).</source>
        <translation>線形出力には二乗誤差が必要なので、損失関数を MSE にしました（交差エントロピーには 0～1 の出力が必要です）。</translation>
    </message>
    <message>
        <source>Sigmoid output again: the loss is back to BCE.</source>
        <translation>シグモイド出力に戻したので、損失関数も BCE に戻しました。</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <source>Data se&amp;t</source>
        <translation>データセット(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>点の数(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Noise</source>
        <translation>ノイズ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Data seed</source>
        <translation>データのシード(&amp;D)</translation>
    </message>
    <message>
        <source>Test s&amp;hare</source>
        <translation>テストの割合(&amp;H)</translation>
    </message>
    <message>
        <source>The points the network learns from. The article&apos;s four corners are the gate&apos;s truth table; the other sets are drawn on the unit square from the data seed. Regression sets give each point a height to fit instead of a class. Your own points: click in the Plane view to draw, drop a CSV file on it, or use File &gt; Import data (CSV).</source>
        <translation>ネットワークが学習する点です。記事の 4 つの角はゲートの真理値表そのものです。ほかのデータセットは、データのシードから入力平面の上に点を作ります。回帰のデータセットでは、各点にクラスではなく近づけるべき高さがあります。自分で点を作るには「平面」の中をクリックするか、CSV ファイルを「平面」にドロップするか、「ファイル」&gt;「データを読み込む (CSV)...」を使います。</translation>
    </message>
    <message>
        <source>The random seed of the data: the same seed always draws the same points and picks the same test points. The network&apos;s own seed is apart from it.</source>
        <translation>データの乱数のシードです。同じシードなら、いつも同じ点が作られ、同じ点がテスト用に選ばれます。ネットワークのシードとは別のものです。</translation>
    </message>
    <message>
        <source>The share of points held out for testing: never trained on, they show how well the network does on points it has not seen. 0 % trains on every point (the article).</source>
        <translation>テスト用に取り分ける点の割合です。テスト用の点は学習に使わないので、見たことのない点でネットワークがどれだけ正しく答えられるかがわかります。0 % ではすべての点で学習します（記事）。</translation>
    </message>
    <message>
        <source>Show test points</source>
        <translation>テスト用の点を表示</translation>
    </message>
    <message>
        <source>Draw the test points as rings in the Plane view and on the surface; off, only the training points are drawn.</source>
        <translation>テスト用の点を「平面」と曲面に輪で描きます。オフにすると学習用の点だけを描きます。</translation>
    </message>
    <message>
        <source>class 1 (blue)</source>
        <translation>クラス 1（青）</translation>
    </message>
    <message>
        <source>class 0 (orange)</source>
        <translation>クラス 0（オレンジ）</translation>
    </message>
    <message>
        <source>While training is paused, a left click in the Plane view adds a point of this class; Shift+click adds one of the other class, and a right click removes the nearest point. The points drawn become Your own points, and a new run starts from them.</source>
        <translation>学習を一時停止している間、「平面」の中を左クリックするとこのクラスの点を追加します。Shift+クリックではもう一方のクラスの点を追加し、右クリックではいちばん近い点を消します。描いた点は「自分で作った点」になり、その点で新しい学習が始まります。</translation>
    </message>
    <message>
        <source>&amp;Click adds</source>
        <translation>クリックで追加(&amp;C)</translation>
    </message>
    <message>
        <source>How many points a generated set draws, {low} to {high} (training and test points together).</source>
        <translation>生成するデータセットの点の数です。学習用とテスト用を合わせて {low}～{high} の範囲です。</translation>
    </message>
    <message>
        <source>How far each point is pushed at random (a classification set), or its height (a regression set), 0 to {max:g}.</source>
        <translation>各点をランダムにずらす大きさ（分類のデータセット）、または高さをずらす大きさ（回帰のデータセット）です。0～{max:g} の範囲です。</translation>
    </message>
</context>
<context>
    <name>EditMarkers</name>
    <message>
        <source>edited</source>
        <translation>手で変更</translation>
    </message>
</context>
<context>
    <name>EpochMarker</name>
    <message>
        <source>shown</source>
        <translation>表示中</translation>
    </message>
</context>
<context>
    <name>FailureHooks</name>
    <message>
        <source>Something went wrong inside xorgui, and what you were doing may not have finished. The details are saved in {path}.</source>
        <translation>xorgui の内部で問題が起きたため、行っていた操作が終わっていないかもしれません。詳しい情報を {path} に保存しました。</translation>
    </message>
    <message>
        <source>Something went wrong inside xorgui, and what you were doing may not have finished.</source>
        <translation>xorgui の内部で問題が起きたため、行っていた操作が終わっていないかもしれません。</translation>
    </message>
    <message>
        <source>Unexpected failure</source>
        <translation>予期しない問題</translation>
    </message>
</context>
<context>
    <name>FeatureBoxes</name>
    <message>
        <source>Give the network {feature} as an input. The article&apos;s inputs are x1 and x2; with x1·x2, XOR needs no hidden layer. Changing the inputs starts a new model.</source>
        <translation>{feature} をネットワークの入力にします。記事の入力は x1 と x2 です。x1·x2 を入力にすると、XOR は中間層なしで解けます。入力を変えると新しいモデルで学習を始めます。</translation>
    </message>
    <message>
        <source>The network needs at least one input: {feature} stays on.</source>
        <translation>ネットワークには少なくとも 1 つの入力が必要です。{feature} はオンのままにします。</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export &amp;surface image...</source>
        <translation>曲面の画像を書き出す(&amp;S)...</translation>
    </message>
    <message>
        <source>Export surface image</source>
        <translation>曲面の画像を書き出す</translation>
    </message>
    <message>
        <source>Configurations (*.json)</source>
        <translation>設定ファイル (*.json)</translation>
    </message>
    <message>
        <source>&amp;Open configuration...</source>
        <translation>設定を開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open configuration</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>&amp;Save configuration...</source>
        <translation>設定を保存する(&amp;S)...</translation>
    </message>
    <message>
        <source>Save configuration</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>&amp;Import data (CSV)...</source>
        <translation>データを読み込む (CSV)(&amp;I)...</translation>
    </message>
    <message>
        <source>Import data points</source>
        <translation>データの点を読み込む</translation>
    </message>
    <message>
        <source>Export &amp;loss plot image...</source>
        <translation>損失グラフの画像を書き出す(&amp;L)...</translation>
    </message>
    <message>
        <source>Export loss plot image</source>
        <translation>損失グラフの画像を書き出す</translation>
    </message>
    <message>
        <source>Export loss &amp;history (CSV)...</source>
        <translation>損失の履歴を書き出す（CSV）(&amp;H)...</translation>
    </message>
    <message>
        <source>Export loss history</source>
        <translation>損失の履歴を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;model (.pt)...</source>
        <translation>モデルを書き出す（.pt）(&amp;M)...</translation>
    </message>
    <message>
        <source>Export model</source>
        <translation>モデルを書き出す</translation>
    </message>
    <message>
        <source>PyTorch files (*.pt)</source>
        <translation>PyTorch ファイル (*.pt)</translation>
    </message>
    <message>
        <source>Cannot open this configuration</source>
        <translation>この設定は開けません</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.</source>
        <translation>{reason}

何も変更していません。</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>{path} を開きました</translation>
    </message>
    <message>
        <source>Export as &amp;PyTorch script...</source>
        <translation>PyTorch スクリプトを書き出す(&amp;P)...</translation>
    </message>
    <message>
        <source>Export as PyTorch script</source>
        <translation>PyTorch スクリプトを書き出す</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python スクリプト (*.py)</translation>
    </message>
    <message>
        <source>Write this run as a short PyTorch program in the article&apos;s style: run with plain torch, it prints the same losses.</source>
        <translation>この学習を、記事と同じ書き方の短い PyTorch プログラムとして書き出します。PyTorch だけでこのプログラムを実行すると、同じ損失が表示されます。</translation>
    </message>
    <message>
        <source>Cannot import these points</source>
        <translation>この点を読み込めません</translation>
    </message>
    <message>
        <source>Imported {n} points from {path}; a new run starts from them.</source>
        <translation>{path} から {n} 個の点を読み込みました。その点で新しい学習が始まります。</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>surface image</source>
        <translation>曲面の画像</translation>
    </message>
    <message>
        <source>loss plot image</source>
        <translation>損失グラフの画像</translation>
    </message>
    <message>
        <source>PyTorch script</source>
        <translation>PyTorch スクリプト</translation>
    </message>
    <message>
        <source>Saved the {what} to {path}. It trains from the seed&apos;s weights, without your edits by hand.</source>
        <translation>{what}を {path} に保存しました。このスクリプトはシードから作った重みで学習を始めるため、手で変更した値は含まれません。</translation>
    </message>
    <message>
        <source>loss history</source>
        <translation>損失の履歴</translation>
    </message>
    <message>
        <source>model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Could not export the {what}</source>
        <translation>{what}を書き出せませんでした</translation>
    </message>
    <message>
        <source>Could not save the {what}</source>
        <translation>{what}を保存できませんでした</translation>
    </message>
    <message>
        <source>Saved the {what} to {path}</source>
        <translation>{what}を {path} に保存しました</translation>
    </message>
</context>
<context>
    <name>FocusBanner</name>
    <message>
        <source>Back to the output</source>
        <translation>出力に戻る</translation>
    </message>
    <message>
        <source>Show the network&apos;s output in the 3-D view again.</source>
        <translation>3D 表示をネットワークの出力に戻します。</translation>
    </message>
</context>
<context>
    <name>GateFlips</name>
    <message>
        <source>Flipped the target of ({x1:g}, {x2:g}): now learning {function}, from the seed&apos;s initial model.</source>
        <translation>({x1:g}, {x2:g}) の正解を反転しました。シードの初期モデルから {function} を学習します。</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <source>y (Model Output)</source>
        <translation>y（モデルの出力）</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>&amp;What am I looking at?</source>
        <translation>この画面の見方(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;About xorgui</source>
        <translation>xorgui について(&amp;A)</translation>
    </message>
    <message>
        <source>What am I looking at?</source>
        <translation>この画面の見方</translation>
    </message>
    <message>
        <source>&lt;p&gt;A tiny neural network is learning a logic gate from its four examples: the inputs (x1, x2) are (0,0), (0,1), (1,0) and (1,1).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The 3-D surface&lt;/b&gt; is the network&apos;s output y for every input in the square from 0 to 1, coloured from dark purple (0) to yellow (1). The four dots are the training examples at the height they should have (blue = 1, orange = 0); the line from each dot down or up to the surface is the error the network still makes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The loss curve&lt;/b&gt; shows how large the error was at each epoch (one pass over the four examples and one weight update).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The truth table&lt;/b&gt; lists each input, what the gate should output and what the network outputs now. A row is right when the output is on the same side of 0.5 as the target.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Why XOR is special:&lt;/b&gt; AND and OR can be split by one straight line, XOR cannot. A network needs a hidden layer with a non-linear activation to bend its surface. Try 0 hidden layers, or the identity activation, and watch XOR fail.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Luck of the draw:&lt;/b&gt; the seed picks the starting weights, and some starts never leave the plateau. Training &amp;gt; Sweep seeds trains a thousand seeds at once and shows how many make it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;小さなニューラルネットワークが、4 つの例から論理ゲートを学習しています。入力 (x1, x2) は (0,0)、(0,1)、(1,0)、(1,1) の 4 つです。&lt;/p&gt;&lt;p&gt;&lt;b&gt;3D の曲面&lt;/b&gt;は、入力平面（x1, x2 が 0～1 の範囲）のすべての点でのネットワークの出力 y です。濃い紫（0）から黄色（1）まで色を付けています。4 つの点は学習データで、正解の高さにあります（青は 1、オレンジは 0）。点から曲面までの線は、ネットワークにまだ残っている誤差です。&lt;/p&gt;&lt;p&gt;&lt;b&gt;損失の曲線&lt;/b&gt;は、エポックごとの誤差の大きさです。1 エポックは、4 つの例を 1 回通して重みを 1 回更新することです。&lt;/p&gt;&lt;p&gt;&lt;b&gt;真理値表&lt;/b&gt;には、入力、ゲートが出すべき値（正解）、いまのネットワークの出力が並びます。出力が 0.5 から見て正解と同じ側にあれば、その行は正しいとみなします。&lt;/p&gt;&lt;p&gt;&lt;b&gt;なぜ XOR は特別なのか。&lt;/b&gt;AND や OR は 1 本の直線で分けられますが、XOR は分けられません。曲面を曲げるには、非線形の活性化関数を持つ中間層（隠れ層とも呼びます）が必要です。中間層を 0 にしたり、活性化関数を恒等関数にしたりして、XOR が解けない様子を見てください。&lt;/p&gt;&lt;p&gt;&lt;b&gt;シードの運。&lt;/b&gt;シードが初期の重みを決めます。停滞（プラトー）から抜け出せない初期値もあります。「学習 &amp;gt; シードを一括で試す」で 1,000 個のシードを一度に学習し、いくつ解けるかを確かめられます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>まだ始まっていません</translation>
    </message>
    <message>
        <source>OpenGL ({renderer})</source>
        <translation>OpenGL({renderer})</translation>
    </message>
    <message>
        <source>2-D heatmap ({reason})</source>
        <translation>2D ヒートマップ（{reason}）</translation>
    </message>
    <message>
        <source>About xorgui</source>
        <translation>xorgui について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;xorgui {version}&lt;/h3&gt;&lt;p&gt;Watch a small PyTorch network learn a logic gate, step by step, as in the article “XORで学ぶ多層ニューラルネットワークの学習と推論”.&lt;/p&gt;&lt;p&gt;Qt {qt}, PyTorch {torch}&lt;br&gt;3-D view: {drawing}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;xorgui {version}&lt;/h3&gt;&lt;p&gt;小さな PyTorch のネットワークが論理ゲートを学習する様子を、記事「XORで学ぶ多層ニューラルネットワークの学習と推論」のとおりに一歩ずつ見られます。&lt;/p&gt;&lt;p&gt;Qt {qt}、PyTorch {torch}&lt;br&gt;3D 表示:{drawing}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>まだ読み込まれていません</translation>
    </message>
</context>
<context>
    <name>HiddenSpaceView</name>
    <message>
        <source>Units:</source>
        <translation>ユニット:</translation>
    </message>
    <message>
        <source>Each input placed where the hidden units put it, coloured by its target (test points hollow); the red line is where the output is 0.5.</source>
        <translation>各入力を、中間層のユニットが写した位置に、正解の色で描いています（テスト用の点は白抜き）。赤い線は出力が 0.5 になるところです。</translation>
    </message>
    <message>
        <source>The hidden unit along the {axis} axis.</source>
        <translation>{axis} 軸に取る中間層のユニット。</translation>
    </message>
    <message>
        <source>A third unit for a 3-D view, or none for 2-D.</source>
        <translation>3D 表示にする 3 つ目のユニット。「なし」なら 2D で表示します。</translation>
    </message>
    <message>
        <source>Show a unit in 3-D</source>
        <translation>3D で見る</translation>
    </message>
    <message>
        <source>Show one unit&apos;s activation over the input square in the 3-D view instead of the network&apos;s output.</source>
        <translation>ネットワークの出力の代わりに、1 つのユニットの出力を入力平面の上に 3D で表示します。</translation>
    </message>
    <message>
        <source>3-D needs OpenGL ({reason}): showing {x} and {y} only.</source>
        <translation>3D 表示には OpenGL が必要です（{reason}）。{x} と {y} だけを 2D で表示します。</translation>
    </message>
    <message>
        <source>turned off for this view</source>
        <translation>この表示ではオフ</translation>
    </message>
    <message>
        <source>none (2-D)</source>
        <translation>なし（2D）</translation>
    </message>
    <message>
        <source>The output (back to the network&apos;s surface)</source>
        <translation>出力（ネットワークの曲面に戻る）</translation>
    </message>
    <message>
        <source>Hidden layer {number}</source>
        <translation>中間層 {number}</translation>
    </message>
    <message>
        <source>Hidden unit {unit} of layer {layer}</source>
        <translation>中間層 {layer} のユニット {unit}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>No translation for {name} was found: reinstall xorgui, or run make translations in its folder.</source>
        <translation>{name} の翻訳が見つかりません。xorgui を入れ直すか、そのフォルダーで make translations を実行してください。</translation>
    </message>
    <message>
        <source>The window is now in English; the run goes on.</source>
        <translation>表示を日本語にしました。学習はそのまま続きます。</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Less&amp;ons</source>
        <translation>レッスン(&amp;O)</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Show the &amp;lessons panel</source>
        <translation>レッスンのパネルを表示(&amp;L)</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>レッスン:{title}</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>The previous lesson.</source>
        <translation>前のレッスン。</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>The next lesson.</source>
        <translation>次のレッスン。</translation>
    </message>
    <message>
        <source>The article&apos;s argument, step by step.</source>
        <translation>記事の話の流れを、一歩ずつたどります。</translation>
    </message>
    <message>
        <source>Set up and &amp;run this lesson</source>
        <translation>このレッスンを始める(&amp;R)</translation>
    </message>
    <message>
        <source>Set the controls to this lesson&apos;s setup and start training from epoch 0.</source>
        <translation>設定をこのレッスンのものにして、エポック 0 から学習を始めます。</translation>
    </message>
    <message>
        <source>Change the one setting this step is about and start training from epoch 0.</source>
        <translation>この段階で変える 1 つの設定を変えて、エポック 0 から学習を始めます。</translation>
    </message>
    <message>
        <source>{state}: epoch {epoch:,}, loss {loss}.</source>
        <translation>{state}（エポック {epoch:,}、損失 {loss}）。</translation>
    </message>
    <message>
        <source>What to look for: {look_for}</source>
        <translation>【注目するところ】{look_for}</translation>
    </message>
    <message>
        <source>Press the button: the verdict on what happens shows here.</source>
        <translation>ボタンを押すと、何が起きたかの判定がここに表示されます。</translation>
    </message>
    <message>
        <source>Setting up the lesson...</source>
        <translation>レッスンを準備中...</translation>
    </message>
</context>
<context>
    <name>LineViews</name>
    <message>
        <source>Plane</source>
        <translation>平面</translation>
    </message>
    <message>
        <source>Single layer</source>
        <translation>まとめた 1 層</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>The 3-D view is still loading; try again in a moment.</source>
        <translation>3D 表示をまだ読み込み中です。少ししてからもう一度試してください。</translation>
    </message>
    <message>
        <source>The overlay needs the 3-D view, and OpenGL is off.</source>
        <translation>重ねて描くには 3D 表示が必要ですが、OpenGL がオフです。</translation>
    </message>
    <message>
        <source>The single layer is drawn over the 3-D surface (magenta).</source>
        <translation>まとめた 1 層を 3D の曲面に重ねて描いています（マゼンタ）。</translation>
    </message>
    <message>
        <source>The single layer&apos;s overlay is hidden.</source>
        <translation>まとめた 1 層の重ね描きを隠しました。</translation>
    </message>
</context>
<context>
    <name>LossPlot</name>
    <message>
        <source>solved</source>
        <translation>解けた</translation>
    </message>
    <message>
        <source>The loss of every epoch so far (lower is better). Drag to pan and scroll to zoom; the small A button fits the whole curve again.</source>
        <translation>これまでの各エポックの損失（低いほど良い）。ドラッグで移動、スクロールで拡大縮小します。左下の小さな「A」ボタンで、曲線全体を表示し直します。</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>対数目盛(&amp;L)</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis, where the slow end of training is visible.</source>
        <translation>損失を対数軸で表示します。学習の終盤のゆっくりした変化が見えます。</translation>
    </message>
    <message>
        <source>Training and test loss</source>
        <translation>学習とテストの損失</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>学習の損失</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>S&amp;weep seeds...</source>
        <translation>シードを一括で試す(&amp;W)...</translation>
    </message>
    <message>
        <source>Train many seeds of this setup at once: how often is it solved?</source>
        <translation>この設定で多くのシードを一度に学習し、どのくらいの割合で解けるかを調べます。</translation>
    </message>
    <message>
        <source>Reset &amp;camera</source>
        <translation>視点を戻す(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Restored the article&apos;s setup: {setup}.</source>
        <translation>記事の設定に戻しました（{setup}）。</translation>
    </message>
    <message>
        <source>More epochs cannot help: this network cannot solve {gate}. Add a hidden layer with a non-linear activation.</source>
        <translation>エポックを増やしても解けません。このネットワークでは {gate} を解けないからです。非線形の活性化関数を持つ中間層を加えてください。</translation>
    </message>
    <message>
        <source>xorgui - {gate}, network {shape}</source>
        <translation>xorgui - {gate}、ネットワーク {shape}</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <source>inputs</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>hidden {0}</source>
        <translation>中間層 {0}</translation>
    </message>
    <message>
        <source>Blue: positive, orange: negative; thicker: larger.</source>
        <translation>青は正、オレンジは負。太いほど大きな値です。</translation>
    </message>
    <message>
        <source>Blue: positive, orange: negative; thicker: larger. Double-click a link or a bias to set it.</source>
        <translation>青は正、オレンジは負、太いほど大きい。ダブルクリックで値を設定。</translation>
    </message>
    <message>
        <source>layer {0}: {1} of {2} units</source>
        <translation>層 {0}（{2} 個中 {1} 個のユニット）</translation>
    </message>
    <message>
        <source>{0} of {1} links</source>
        <translation>{1} 本中 {0} 本の結合</translation>
    </message>
    <message>
        <source>Showing the strongest: {0}.</source>
        <translation>強いものだけを表示しています（{0}）。</translation>
    </message>
    <message>
        <source>{0} = {1}
Double-click to type a new value.</source>
        <translation>{0} = {1}
ダブルクリックで新しい値を入力します。</translation>
    </message>
    <message>
        <source>Input {0}: 0 or 1 in the truth table; 0 to 1 across each map.</source>
        <translation>入力 {0}。真理値表では 0 か 1、それぞれのマップでは 0 から 1 まで変わります。</translation>
    </message>
    <message>
        <source>Input {0}: computed from each point (x1, x2) of the square; the maps show x1 from 0 to 1 to the right and x2 up.</source>
        <translation>入力 {0}。入力平面の各点 (x1, x2) から計算します。マップは x1 を右へ、x2 を上へ 0 から 1 まで描きます。</translation>
    </message>
    <message>
        <source>{0} more units of this layer are not drawn: the diagram shows the {1} whose outgoing weights are largest. The weights table lists all.</source>
        <translation>この層のユニットのうち {0} 個は描いていません。図には、出ていく重みが最も大きい {1} 個を表示しています。重みの表にはすべてあります。</translation>
    </message>
    <message>
        <source>{0}: its activation over the square (x1 right, x2 up)
bias = {1}
values from {2:.4g} to {3:.4g} (colours {4:g} to {5:g})
Click to show this unit in the 3-D view; double-click to set its bias.</source>
        <translation>{0} の入力平面での出力（x1 は右、x2 は上）
バイアス = {1}
値は {2:.4g}～{3:.4g}（色は {4:g}～{5:g}）
クリックでこのユニットを 3D 表示、ダブルクリックでバイアスを設定します。</translation>
    </message>
    <message>
        <source>Cannot use that value: {0}.</source>
        <translation>その値は使えません（{0}）。</translation>
    </message>
    <message>
        <source>The network appears here once training has started.</source>
        <translation>学習が始まると、ここにネットワークが表示されます。</translation>
    </message>
    <message>
        <source>+{0}</source>
        <translation>他 {0}</translation>
    </message>
</context>
<context>
    <name>NetworkPanel</name>
    <message>
        <source>Click a unit to see it in the 3-D view. While paused, double-click a link or a bias to set it by hand.</source>
        <translation>ユニットをクリックすると 3D 表示で見られます。一時停止中は、結合やバイアスをダブルクリックして手で値を設定できます。</translation>
    </message>
</context>
<context>
    <name>NetworkViews</name>
    <message>
        <source>Hand-made &amp;XOR</source>
        <translation>手作りの XOR(&amp;X)</translation>
    </message>
    <message>
        <source>Hand-made XOR</source>
        <translation>手作りの XOR</translation>
    </message>
    <message>
        <source>XOR 2-2-1 sigmoid with the classic weights, at epoch 0: one hidden unit is OR, the other NAND, the output their AND. It solves XOR with no training; edit a weight to break it.</source>
        <translation>古典的な重みを入れた XOR 2-2-1 シグモイド（エポック 0）。中間層のユニットの 1 つが OR、もう 1 つが NAND、出力がその AND です。学習なしで XOR を解きます。重みを変えて壊してみましょう。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Hand-made XOR: hidden unit 1 is OR (20, 20, bias -10), unit 2 NAND (-20, -20, bias 30), the output their AND (20, 20, bias -30).</source>
        <translation>手作りの XOR。中間層のユニット 1 は OR（20、20、バイアス -10）、ユニット 2 は NAND（-20、-20、バイアス 30）、出力はその AND（20、20、バイアス -30）です。</translation>
    </message>
    <message>
        <source>An earlier epoch is shown: go to the latest (Alt+End), or Train on from here, to edit the network.</source>
        <translation>前のエポックを表示中です。ネットワークを手で変更するには、最新のエポックに戻る（Alt+End）か、「ここから学習を続ける」を使ってください。</translation>
    </message>
    <message>
        <source>Epoch {0}: {1}. Play trains on from here.</source>
        <translation>エポック {0}:{1}。再生するとここから学習を続けます。</translation>
    </message>
</context>
<context>
    <name>OwnPoints</name>
    <message>
        <source>Pause training first (Space): points are drawn while it is paused.</source>
        <translation>先に学習を一時停止してください（Space）。点は一時停止中に描けます。</translation>
    </message>
    <message>
        <source>A data set needs at least {n} points: this one keeps them.</source>
        <translation>データセットには少なくとも {n} 個の点が必要なので、この点は消しません。</translation>
    </message>
    <message>
        <source>No point there to remove: right-click on a point.</source>
        <translation>そこには消せる点がありません。点の上を右クリックしてください。</translation>
    </message>
    <message>
        <source>Removed a point: {n} points; a new run starts from them.</source>
        <translation>点を消しました。点は {n} 個です。その点で新しい学習が始まります。</translation>
    </message>
    <message>
        <source>A data set holds at most {n:,} points: remove one first (right-click).</source>
        <translation>データセットの点は {n:,} 個までです。先に右クリックで点を消してください。</translation>
    </message>
    <message>
        <source>Added a point of class {label}: {n} points; a new run starts from them.</source>
        <translation>クラス {label} の点を追加しました。点は {n} 個です。その点で新しい学習が始まります。</translation>
    </message>
</context>
<context>
    <name>PinnedSurfaceView</name>
    <message>
        <source>Which pinned run&apos;s final surface to show.</source>
        <translation>どのピン留めした学習の、最後の曲面を表示するか。</translation>
    </message>
    <message>
        <source>No run is pinned. Training &gt; Pin this run keeps the current run here and on the loss plot, to compare with the next.</source>
        <translation>ピン留めした学習はありません。「学習 &gt; この学習をピン留めする」で、いまの学習をここと損失グラフに残し、次の学習と比べられます。</translation>
    </message>
    <message>
        <source>{label}: {setup}; epoch {epoch:,}, loss {loss}</source>
        <translation>{label}:{setup}。エポック {epoch:,}、損失 {loss}</translation>
    </message>
    <message>
        <source>This run was pinned without a surface.</source>
        <translation>この学習は、曲面なしでピン留めされました。</translation>
    </message>
</context>
<context>
    <name>Pins</name>
    <message>
        <source>&amp;Pin this run</source>
        <translation>この学習をピン留めする(&amp;P)</translation>
    </message>
    <message>
        <source>Keep this run&apos;s loss curve on the plot and its surface in the Pinned runs view, then change one thing and train again to compare (up to {count} runs).</source>
        <translation>この学習の損失の曲線をグラフに、曲面を「ピン留めした学習」に残します。設定を 1 つ変えてもう一度学習し、比べてみましょう（最大 {count} 件）。</translation>
    </message>
    <message>
        <source>C&amp;lear pinned runs</source>
        <translation>ピン留めをすべて外す(&amp;L)</translation>
    </message>
    <message>
        <source>Remove every pinned run from the loss plot and the view.</source>
        <translation>ピン留めした学習を、損失グラフと表示からすべて取り除きます。</translation>
    </message>
    <message>
        <source>Pinned runs</source>
        <translation>ピン留めした学習</translation>
    </message>
    <message>
        <source>Nothing to pin yet: train the run first.</source>
        <translation>ピン留めするものがまだありません。先に学習してください。</translation>
    </message>
    <message>
        <source>{count} runs are pinned already, the most there can be: Training &gt; Clear pinned runs first.</source>
        <translation>すでに上限の {count} 件をピン留めしています。先に「学習 &gt; ピン留めをすべて外す」を使ってください。</translation>
    </message>
    <message>
        <source>Pinned this run ({label}). Change one thing and train again.</source>
        <translation>この学習（{label}）をピン留めしました。設定を 1 つ変えて、もう一度学習してみましょう。</translation>
    </message>
    <message>
        <source>Cleared the pinned runs.</source>
        <translation>ピン留めをすべて外しました。</translation>
    </message>
    <message>
        <source>hand-made XOR</source>
        <translation>手作りの XOR</translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation>手で編集</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>PlaneView</name>
    <message>
        <source>&amp;Heatmap</source>
        <translation>ヒートマップ(&amp;H)</translation>
    </message>
    <message>
        <source>Colour the square by the network&apos;s output (viridis, as in 3-D).</source>
        <translation>入力平面をネットワークの出力で色分けします（3D と同じ色）。</translation>
    </message>
    <message>
        <source>Red: where the output is 0.5, the network&apos;s boundary. Dashed: each first-layer unit&apos;s line w1·x1 + w2·x2 + b = 0. Rings: test points.</source>
        <translation>赤は出力が 0.5 になるところで、ネットワークの決定境界です。破線は最初の層の各ユニットの直線 w1·x1 + w2·x2 + b = 0 です。輪はテスト用の点です。</translation>
    </message>
    <message>
        <source>{gate}, network {shape}, epoch {epoch}</source>
        <translation>{gate}、ネットワーク {shape}、エポック {epoch}</translation>
    </message>
    <message>
        <source>the output is 0.5 everywhere: no boundary yet</source>
        <translation>出力はどこでも 0.5 です。境界はまだありません</translation>
    </message>
    <message>
        <source>the network&apos;s boundary, where the output is 0.5</source>
        <translation>ネットワークの決定境界（出力が 0.5 になるところ）</translation>
    </message>
    <message>
        <source>... and {count} more units&apos; lines, drawn but not listed</source>
        <translation>ほかに {count} 個のユニットの直線（描いていますが、ここには載せていません）</translation>
    </message>
    <message>
        <source>no line (w1 = w2 = 0)</source>
        <translation>直線なし（w1 = w2 = 0）</translation>
    </message>
    <message>
        <source>{equation} (misses the square)</source>
        <translation>{equation}（0～1 の範囲の外）</translation>
    </message>
    <message>
        <source>Red: where the output is 0.5, the network&apos;s boundary. Dashed: each first-layer unit&apos;s boundary w·φ(x) + b = 0, curved by the features. Rings: test points.</source>
        <translation>赤は出力が 0.5 になるところで、ネットワークの決定境界です。破線は最初の層の各ユニットの境界 w·φ(x) + b = 0 で、特徴量によって曲がります。輪はテスト用の点です。</translation>
    </message>
    <message>
        <source>... and {count} more units&apos; boundaries, drawn but not listed</source>
        <translation>ほかに {count} 個のユニットの境界（描いていますが、ここには載せていません）</translation>
    </message>
    <message>
        <source>The output is 0.5 everywhere: no boundary yet.</source>
        <translation>出力はどこでも 0.5 です。境界はまだありません。</translation>
    </message>
    <message>
        <source>The features bend the boundary: the network&apos;s curve separates the points, where straight lines of x1 and x2 would need a hidden layer.</source>
        <translation>特徴量が境界を曲げています。x1 と x2 の直線だけなら中間層が必要なところを、ネットワークの曲線が点を分けています。</translation>
    </message>
    <message>
        <source>With features such as x1·x2 as inputs, each unit&apos;s boundary is a curve on the square, even with no hidden layer.</source>
        <translation>x1·x2 のような特徴量を入力にすると、中間層がなくても、各ユニットの境界は平面上の曲線になります。</translation>
    </message>
    <message>
        <source>The colours are the heights the network fits; the red curve only marks where its output is 0.5. Points are drawn in their target&apos;s colour.</source>
        <translation>色はネットワークが合わせる高さです。赤い曲線は、出力が 0.5 になるところを示しているだけです。点は、目標の高さの色で描いています。</translation>
    </message>
    <message>
        <source>The red curve is the network&apos;s boundary, where the output is 0.5: it should keep the blue points on one side and the orange on the other.</source>
        <translation>赤い曲線は出力が 0.5 になるところで、ネットワークの決定境界です。青い点を一方の側に、オレンジの点をもう一方の側に分けられれば正解です。</translation>
    </message>
    <message>
        <source>No straight line can separate {gate}: its 1s sit on one diagonal, its 0s on the other. This network draws only one straight line.</source>
        <translation>どんな直線でも {gate} は分けられません。1 は一方の対角線上に、0 はもう一方の対角線上にあるからです。このネットワークは直線を 1 本引くことしかできません。</translation>
    </message>
    <message>
        <source>One line separates {gate}: the network&apos;s own line cuts its 1s from its 0s.</source>
        <translation>1 本の直線で {gate} を分けられます。ネットワーク自身の直線が 1 と 0 を切り分けています。</translation>
    </message>
    <message>
        <source>One line can separate {gate}; this one does not yet.</source>
        <translation>{gate} は 1 本の直線で分けられますが、この直線はまだ分けていません。</translation>
    </message>
    <message>
        <source>Without an activation the layers collapse into one: the red boundary stays a straight line (see Single layer).</source>
        <translation>活性化関数がないと、層は 1 つにまとまります。そのため、赤い決定境界は直線のままです（「まとめた 1 層」を見てください）。</translation>
    </message>
    <message>
        <source>The red curve separates {gate}: the hidden units&apos; lines, bent by the activation, make one curved boundary.</source>
        <translation>赤い曲線が {gate} を分けています。中間層のユニットの直線が活性化関数で曲げられ、1 本の曲がった決定境界になっています。</translation>
    </message>
    <message>
        <source>Each hidden unit draws a straight line; the activation bends them into the red curve, where the output is 0.5.</source>
        <translation>中間層のユニットはそれぞれ直線を 1 本引きます。活性化関数がそれらを曲げて、出力が 0.5 になる赤い曲線にします。</translation>
    </message>
    <message>
        <source>While training is paused: click to add a point of the class chosen under Data (Shift+click: the other class), right-click to remove the nearest point.</source>
        <translation>学習を一時停止している間は、クリックで「データ」で選んだクラスの点を追加できます（Shift+クリックではもう一方のクラス）。右クリックでいちばん近い点を消せます。</translation>
    </message>
</context>
<context>
    <name>PresentationActions</name>
    <message>
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>Make all text in the window larger, for a projector.</source>
        <translation>ウィンドウの文字をすべて大きくします（プロジェクター向け）。</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the whole screen with the window (F11 again to leave).</source>
        <translation>ウィンドウを画面いっぱいに広げます（もう一度 F11 で戻ります）。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 ファイル</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>RunControls</name>
    <message>
        <source>Run</source>
        <translation>学習の操作</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>1 エポック学習</translation>
    </message>
    <message>
        <source>Train exactly one epoch, then pause (Right arrow).</source>
        <translation>ちょうど 1 エポック学習して、一時停止します（右矢印キー）。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Start again from epoch 0 with the same initial weights (R).</source>
        <translation>同じ初期の重みでエポック 0 からやり直します（R）。</translation>
    </message>
    <message>
        <source>How many epochs the Step N button trains.</source>
        <translation>まとめて学習するボタン（「100 エポック学習」など）で学習するエポック数。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause training (Escape).</source>
        <translation>学習を一時停止します（Esc）。</translation>
    </message>
    <message>
        <source>How fast training runs, in epochs a second. At 1,000 the article&apos;s 20,000 epochs take 20 s; slow speeds let you watch single epochs; max trains as fast as this computer can (M).</source>
        <translation>学習の速さ（1 秒あたりのエポック数）。1,000 なら記事の 20,000 エポックに 20 秒かかります。遅くすると 1 エポックずつ見られます。「最大」は、このコンピューターで出せる限りの速さです（M）。</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Train as fast as this computer can; click again for the speed chosen before (M).</source>
        <translation>このコンピューターで出せる限りの速さで学習します。もう一度押すと前の速さに戻ります（M）。</translation>
    </message>
    <message>
        <source>Pause training (Space).</source>
        <translation>学習を一時停止します（スペース）。</translation>
    </message>
    <message>
        <source>Continue +{n:,}</source>
        <translation>続ける +{n:,}</translation>
    </message>
    <message>
        <source>The run reached its epoch budget. Continue trains {n:,} more epochs, the epoch budget you chose; the budget itself stays as it is (Space).</source>
        <translation>設定したエポック数に達しました。「続ける」で、設定したエポック数と同じ {n:,} エポックを追加で学習します。エポック数の設定はそのままです（スペース）。</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Training diverged. Lower the learning rate, then start again from the seed&apos;s initial weights (Space).</source>
        <translation>学習が発散しました。学習率を下げてから、シードの初期の重みでやり直してください（スペース）。</translation>
    </message>
    <message>
        <source>Train until paused or the epoch budget is reached (Space).</source>
        <translation>一時停止するか、設定したエポック数に達するまで学習します（スペース）。</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>1 epoch/s</source>
        <translation>1 エポック/秒</translation>
    </message>
    <message>
        <source>{n:,} epochs/s</source>
        <translation>{n:,} エポック/秒</translation>
    </message>
    <message>
        <source>Step {n:,}</source>
        <translation>{n:,} エポック学習</translation>
    </message>
    <message>
        <source>Train exactly {n:,} epochs, then pause (Shift+Right).</source>
        <translation>ちょうど {n:,} エポック学習して、一時停止します（Shift+右矢印キー）。</translation>
    </message>
</context>
<context>
    <name>RunNote</name>
    <message>
        <source>The inputs are {features}: a non-linear feature such as x1·x2 bends the boundary, so even one linear layer can draw a curve.</source>
        <translation>入力は {features} です。x1·x2 のような非線形の特徴量が境界を曲げるので、線形変換 1 層だけでも曲線を描けます。</translation>
    </message>
    <message>
        <source>{count} points, {test} of them held out as test points (hollow): the network learns from the others; the test points show how well it does on points it never saw.</source>
        <translation>{count} 個の点のうち {test} 個をテスト用に取り分けています（白抜き）。ネットワークは残りの点から学び、テスト用の点で、見たことのない点にどれだけ正しく答えられるかがわかります。</translation>
    </message>
    <message>
        <source>No hidden layer: one linear layer draws a single straight line, and no straight line separates {gate} - it cannot be solved.</source>
        <translation>中間層がありません。線形変換 1 つでは直線を 1 本引くことしかできず、どんな直線でも {gate} は分けられないので、解くことはできません。</translation>
    </message>
    <message>
        <source>identity: stacked linear layers collapse into one linear layer - {gate} cannot be solved.</source>
        <translation>恒等関数では、線形変換を重ねても 1 つの線形変換にまとまってしまうので、{gate} は解けません。</translation>
    </message>
    <message>
        <source>XOR is 1 when exactly one input is 1. No straight line separates the 1s from the 0s: the hidden layer has to bend the surface.</source>
        <translation>XOR は、入力のちょうど 1 つが 1 のときに 1 です。1 と 0 を分ける直線はないので、中間層が曲面を曲げる必要があります。</translation>
    </message>
    <message>
        <source>XNOR is 1 when both inputs are equal. No straight line separates the 1s from the 0s: the hidden layer has to bend the surface.</source>
        <translation>XNOR は、2 つの入力が等しいときに 1 です。1 と 0 を分ける直線はないので、中間層が曲面を曲げる必要があります。</translation>
    </message>
    <message>
        <source>{gate} gives the same output for every input: no line is needed, the output unit&apos;s bias alone learns it.</source>
        <translation>{gate} はどの入力にも同じ値を出します。直線は要らず、出力ユニットのバイアスだけで学習できます。</translation>
    </message>
    <message>
        <source>{gate} can be separated by one straight line: even a network without a hidden layer learns it.</source>
        <translation>{gate} は 1 本の直線で分けられます。中間層のないネットワークでも学習できます。</translation>
    </message>
    <message>
        <source>Solved: all four outputs are on the right side of 0.5 from epoch {epoch:,} on. {note}</source>
        <translation>解けました。エポック {epoch:,} 以降、4 つの出力すべてが 0.5 から見て正しい側にあります。{note}</translation>
    </message>
    <message>
        <source>Solved: every training point is right from epoch {epoch:,} on. {note}</source>
        <translation>解けました。エポック {epoch:,} から、学習用のすべての点が正しくなっています。{note}</translation>
    </message>
    <message>
        <source>Looking back at epoch {epoch:,}, as the model was then. Play goes on from epoch {latest:,}; Timeline &gt; Train on from here goes on from this one instead. {note}</source>
        <translation>エポック {epoch:,} を振り返っています（そのときのモデルのまま）。再生するとエポック {latest:,} から続けます。「タイムライン &gt; ここから学習を続ける」なら、このエポックから続けます。{note}</translation>
    </message>
    <message>
        <source>Training diverged at epoch {epoch:,}: its update made the loss {kind}, so the model from before that update (the last with a finite loss) is shown. Lower the learning rate (now {lr:g}), then press Start again (Space) to train again from the seed&apos;s initial weights.</source>
        <translation>エポック {epoch:,} で学習が発散しました。その更新で損失が {kind} になったため、更新前のモデル（損失が有限だった最後のモデル）を表示しています。学習率（いまは {lr:g}）を下げてから「やり直す」（スペース）を押すと、シードの初期の重みからやり直します。</translation>
    </message>
    <message>
        <source>infinite</source>
        <translation>無限大</translation>
    </message>
    <message>
        <source>Finished without solving {gate}, as expected: {reason} Add a hidden layer with a non-linear activation (sigmoid, tanh or ReLU) to solve it.</source>
        <translation>予想どおり、{gate} を解けないまま終わりました。{reason} 解くには、非線形の活性化関数（シグモイド、tanh、ReLU）を持つ中間層を加えてください。</translation>
    </message>
    <message>
        <source>Finished {epochs:,} epochs without solving {gate} (loss {loss:.4f}): {right} of 4 outputs are right, {wrong} wrong and {undecided} undecided (within {margin:g} of 0.5).</source>
        <translation>{epochs:,} エポック学習しましたが {gate} を解けませんでした（損失 {loss:.4f}）。4 つの出力のうち {right} 個が正しく、{wrong} 個が誤り、{undecided} 個が未確定（0.5 との差が {margin:g} 未満）です。</translation>
    </message>
    <message>
        <source>All four sit at 0.5: this start is stuck on the plateau of answering 0.5 everywhere.</source>
        <translation>4 つとも 0.5 にあります。この初期値は、どの入力にも 0.5 と答える停滞から抜け出せていません。</translation>
    </message>
    <message>
        <source>Undecided: {inputs}.</source>
        <translation>未確定:{inputs}。</translation>
    </message>
    <message>
        <source>Try more epochs (raise the epoch budget, then Continue), another seed (Random), or Training &gt; Sweep seeds to see how often this setup learns {gate}.</source>
        <translation>エポックを増やす（エポック数を上げて「続ける」）、別のシードを試す（ランダム）、または「学習 &gt; シードを一括で試す」でこの設定が {gate} をどのくらいの割合で学習するか確かめてください。</translation>
    </message>
    <message>
        <source>Finished {epochs:,} epochs with {train} of the training points right (loss {loss:.4f}).</source>
        <translation>{epochs:,} エポックを終えました。学習用の点の {train} が正しくなっています（損失 {loss:.4f}）。</translation>
    </message>
    <message>
        <source>Test points right: {test}.</source>
        <translation>テスト用の点で正しい割合は {test} です。</translation>
    </message>
    <message>
        <source>Try more epochs (raise the epoch budget, then Continue), a wider network, or other input features.</source>
        <translation>エポックを増やす（エポックの上限を上げて「続ける」）、中間層のユニットを増やす、別の特徴量を入力に加える、を試してください。</translation>
    </message>
    <message>
        <source>Over the last {span:,} epochs the loss went from {before:.4f} to {after:.4f}.</source>
        <translation>最後の {span:,} エポックで、損失は {before:.4f} から {after:.4f} になりました。</translation>
    </message>
</context>
<context>
    <name>RunStatusBar</name>
    <message>
        <source>loss {loss}</source>
        <translation>損失 {loss}</translation>
    </message>
    <message>
        <source>What training is doing now.</source>
        <translation>学習がいま何をしているか。</translation>
    </message>
    <message>
        <source>Epochs trained so far, of the epoch budget.</source>
        <translation>これまでに学習したエポック数 / 設定したエポック数。</translation>
    </message>
    <message>
        <source>How many epochs a second are trained.</source>
        <translation>1 秒あたりに学習しているエポック数。</translation>
    </message>
    <message>
        <source>All four outputs have been on the right side of 0.5 from this epoch on: the model after this many epochs and every one since.</source>
        <translation>このエポック以降、4 つの出力すべてが 0.5 から見て正しい側にあります。このエポック数だけ学習したモデルも、それ以降のすべてのモデルもそうです。</translation>
    </message>
    <message>
        <source>Showing epoch {epoch:,} of {latest:,}</source>
        <translation>エポック {epoch:,} / {latest:,} を表示中</translation>
    </message>
    <message>
        <source>right: {train} training, {test} test</source>
        <translation>正しい割合 学習用 {train}、テスト用 {test}</translation>
    </message>
    <message>
        <source>test loss {loss}</source>
        <translation>テストの損失 {loss}</translation>
    </message>
    <message>
        <source>The loss of the current model on its training points.</source>
        <translation>いまのモデルの、学習用の点での損失です。</translation>
    </message>
    <message>
        <source>The loss on the test points, which the model never trains on: when it rises while the training loss falls, the model overfits.</source>
        <translation>テスト用の点（学習には使わない点）での損失です。学習の損失が下がるのにこれが上がるときは、過学習しています。</translation>
    </message>
    <message>
        <source>epoch {epoch:,} / {budget:,}</source>
        <translation>エポック {epoch:,} / {budget:,}</translation>
    </message>
    <message>
        <source>{rate:,.0f} epochs/s</source>
        <translation>{rate:,.0f} エポック/秒</translation>
    </message>
    <message>
        <source>right: {train} of the points</source>
        <translation>正しい点の割合 {train}</translation>
    </message>
    <message>
        <source>Every training point has been right from this epoch on: the model after this many epochs and every one since.</source>
        <translation>このエポックから、学習用のすべての点が正しいままです。このエポック数だけ学習したモデルと、それ以降のすべてのモデルについてです。</translation>
    </message>
    <message>
        <source>The share of points whose output lies within {tolerance:g} of their target height: training points, and test points the model never trains on.</source>
        <translation>出力が正解の高さから {tolerance:g} 以内にある点の割合です。学習用の点と、学習には使わないテスト用の点について示します。</translation>
    </message>
    <message>
        <source>The share of points whose output is on their class&apos;s side of 0.5: training points, and test points the model never trains on.</source>
        <translation>出力が 0.5 から見て正解と同じ側にある点の割合です。学習用の点と、学習には使わないテスト用の点について示します。</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>解けず</translation>
    </message>
    <message>
        <source>not solved yet</source>
        <translation>まだ解けていません</translation>
    </message>
    <message>
        <source>solved from epoch {epoch:,}</source>
        <translation>エポック {epoch:,} から解けています</translation>
    </message>
    <message>
        <source>loading the training engine...</source>
        <translation>学習エンジンを読み込み中...</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>running</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>sweeping seeds (training waits)...</source>
        <translation>シードを一括で試しています（学習は待機中）...</translation>
    </message>
</context>
<context>
    <name>RunUndo</name>
    <message>
        <source>&amp;Undo the setting change</source>
        <translation>設定の変更を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Bring back the run that the last setting change replaced.</source>
        <translation>直前の設定の変更で置き換えられた学習を元に戻します。</translation>
    </message>
    <message>
        <source>A new run with the changed setting; Edit &gt; Undo (Ctrl+Z) brings back the run of epoch {epoch:,}.</source>
        <translation>変更した設定で新しく学習を始めました。編集 &gt; 元に戻す（Ctrl+Z）で、エポック {epoch:,} までの学習に戻せます。</translation>
    </message>
    <message>
        <source>Brought back the run of epoch {epoch:,}.</source>
        <translation>エポック {epoch:,} までの学習に戻しました。</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>xorgui sessions (*.{ext})</source>
        <translation>xorgui セッション (*.{ext})</translation>
    </message>
    <message>
        <source>Open s&amp;ession...</source>
        <translation>セッションを開く(&amp;E)...</translation>
    </message>
    <message>
        <source>Open a saved session: its run where it was saved (every epoch to look back at), its pinned runs and its layout (Ctrl+Shift+O).</source>
        <translation>保存したセッションを開きます。保存した時点の学習（振り返れるすべてのエポック）、ピン留めした学習、画面の配置が戻ります（Ctrl+Shift+O）。</translation>
    </message>
    <message>
        <source>Save sessio&amp;n...</source>
        <translation>セッションを保存する(&amp;N)...</translation>
    </message>
    <message>
        <source>Save this run (settings, every epoch trained, loss history), the pinned runs and the layout in one file, to open in class (Ctrl+Shift+S).</source>
        <translation>この学習（設定、学習したすべてのエポック、損失の履歴）、ピン留めした学習、画面の配置を 1 つのファイルに保存します。授業で開けます（Ctrl+Shift+S）。</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>セッションを保存</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>セッションを開く</translation>
    </message>
    <message>
        <source>Cannot open this session</source>
        <translation>このセッションは開けません</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.</source>
        <translation>{reason}

何も変更していません。</translation>
    </message>
    <message>
        <source>Opened the session {path}: epoch {epoch:,}.</source>
        <translation>セッション {path} を開きました（エポック {epoch:,}）。</translation>
    </message>
    <message>
        <source>Saved the session to {path}</source>
        <translation>セッションを {path} に保存しました</translation>
    </message>
    <message>
        <source>Could not save the session</source>
        <translation>セッションを保存できませんでした</translation>
    </message>
</context>
<context>
    <name>SurfacePane</name>
    <message>
        <source>What this setup can learn, and how it is going.</source>
        <translation>この設定で何が学習できるか、そしていまどうなっているか。</translation>
    </message>
    <message>
        <source>Reset camera</source>
        <translation>視点を戻す</translation>
    </message>
    <message>
        <source>Back to the article&apos;s view of the surface. Drag to turn it, scroll to zoom.</source>
        <translation>曲面を記事と同じ向きで見ます。ドラッグで回転、スクロールで拡大縮小します。</translation>
    </message>
    <message>
        <source>Loading the 3-D view...</source>
        <translation>3D 表示を読み込み中...</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>turned off for this view</source>
        <translation>この表示ではオフ</translation>
    </message>
    <message>
        <source>3-D view unavailable: no OpenGL context could be created ({reason}). Showing a 2-D heatmap instead.</source>
        <translation>3D 表示は使えません。OpenGL コンテキストを作れませんでした（{reason}）。代わりに 2D のヒートマップを表示します。</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>Sweep seeds</source>
        <translation>シードを一括で試す</translation>
    </message>
    <message>
        <source>The first seed of the range.</source>
        <translation>範囲の最初のシード。</translation>
    </message>
    <message>
        <source>How many seeds to train, each from its own initial weights (2 to {max:,}).</source>
        <translation>学習するシードの数（2～{max:,}）。どのシードも、それぞれの初期の重みから始めます。</translation>
    </message>
    <message>
        <source>&amp;First seed</source>
        <translation>最初のシード(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Seeds</source>
        <translation>シードの数(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Not solved within the budget</source>
        <translation>設定したエポック数で解けなかったシード(&amp;N)</translation>
    </message>
    <message>
        <source>Every seed that had not learned the gate when the epoch budget ran out. Click one to train it in the main window.</source>
        <translation>設定したエポック数を使い切っても、ゲートを学習できなかったシードの一覧です。クリックすると、メインウィンドウで学習します。</translation>
    </message>
    <message>
        <source>A seed to train in the main window.</source>
        <translation>メインウィンドウで学習するシード。</translation>
    </message>
    <message>
        <source>&amp;Watch in the main window</source>
        <translation>メインウィンドウで見る(&amp;W)</translation>
    </message>
    <message>
        <source>Set the main window&apos;s seed to this one and start it afresh.</source>
        <translation>メインウィンドウのシードをこのシードにして、最初から学習します。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>開始(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel sweep</source>
        <translation>一括試行を中止(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>CSV を書き出す(&amp;E)...</translation>
    </message>
    <message>
        <source>Save seed, final_loss, solved, epochs_to_solve for every seed.</source>
        <translation>すべてのシードについて seed、final_loss、solved、epochs_to_solve を保存します。</translation>
    </message>
    <message>
        <source>Trains many seeds of the main window&apos;s setup together, each from its own initial weights, to show how often it learns {gate}.&lt;br&gt;&lt;b&gt;{setup}&lt;/b&gt;&lt;br&gt;Training in the main window waits meanwhile; Cancel stops the sweep.</source>
        <translation>メインウィンドウの設定で多くのシードをまとめて学習し（どのシードもそれぞれの初期の重みから）、{gate} をどのくらいの割合で学習できるかを示します。&lt;br&gt;&lt;b&gt;{setup}&lt;/b&gt;&lt;br&gt;その間、メインウィンドウの学習は待機します。「一括試行を中止」で止められます。</translation>
    </message>
    <message>
        <source>Trains many seeds of the atlas cell&apos;s setup together, each from its own initial weights, to show how often it learns {gate}.&lt;br&gt;&lt;b&gt;{setup}&lt;/b&gt;&lt;br&gt;The main window&apos;s run waits meanwhile and is kept; Cancel stops the sweep.</source>
        <translation>設定マップのマスの設定で多くのシードをまとめて学習し（どのシードもそれぞれの初期の重みから）、{gate} をどのくらいの割合で学習できるかを示します。&lt;br&gt;&lt;b&gt;{setup}&lt;/b&gt;&lt;br&gt;その間、メインウィンドウの学習は待機し、そのまま残ります。「一括試行を中止」で止められます。</translation>
    </message>
    <message>
        <source>These results are for another setup than the one above. Press Run to sweep it.</source>
        <translation>この結果は、上の設定とは別の設定のものです。「開始」を押すと、この設定で試します。</translation>
    </message>
    <message>
        <source>%p% of {epochs:,} epochs</source>
        <translation>{epochs:,} エポックの %p%</translation>
    </message>
    <message>
        <source>Training {count:,} seeds ({first} to {last})...</source>
        <translation>{count:,} 個のシード（{first}～{last}）を学習中...</translation>
    </message>
    <message>
        <source>The sweep stopped because of an error: {error}</source>
        <translation>エラーのため一括試行が止まりました（{error}）。</translation>
    </message>
    <message>
        <source>Sweep cancelled.</source>
        <translation>一括試行を中止しました。</translation>
    </message>
    <message>
        <source>seed {seed} (final loss {loss:.4g})</source>
        <translation>シード {seed}（最終損失 {loss:.4g}）</translation>
    </message>
    <message>
        <source>Export sweep</source>
        <translation>一括試行の結果を書き出す</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the sweep</source>
        <translation>一括試行の結果を書き出せませんでした</translation>
    </message>
    <message>
        <source>Saved the sweep ({count:,} seeds) to {path}</source>
        <translation>一括試行の結果（{count:,} 個のシード）を {path} に保存しました</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results for {setup}, seeds {first} to {last}.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{setup}、シード {first}～{last} の結果。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Solved {gate} by {solved:,} of {count:,} seeds ({rate:.1%}).</source>
        <translation>{count:,} 個中 {solved:,} 個のシードが {gate} を解きました（{rate:.1%}）。</translation>
    </message>
    <message>
        <source>Epochs to solve: median {median:,.0f}, 90th percentile {p90:,.0f}.</source>
        <translation>解けるまでのエポック数は、中央値 {median:,.0f}、90 パーセンタイル {p90:,.0f} です。</translation>
    </message>
    <message>
        <source>Not solved within the {budget:,}-epoch budget: {n:,} seeds (listed below: click one to watch it).</source>
        <translation>{budget:,} エポックで解けなかったシードは {n:,} 個です（下の一覧。クリックすると学習の様子を見られます）。</translation>
    </message>
    <message>
        <source>Every seed solved it within the {budget:,}-epoch budget.</source>
        <translation>すべてのシードが {budget:,} エポック以内に解きました。</translation>
    </message>
</context>
<context>
    <name>SweepHistogram</name>
    <message>
        <source>epochs until solved for good</source>
        <translation>解けたままになるまでのエポック数</translation>
    </message>
    <message>
        <source>seeds</source>
        <translation>シード数</translation>
    </message>
    <message>
        <source>Green: seeds that learned the gate, by the epoch from which all four outputs stayed right. Red, at the right end: seeds that had not learned it when the epoch budget ran out.</source>
        <translation>緑はゲートを学習したシードで、4 つの出力がずっと正しくなったエポックごとに数えています。右端の赤は、設定したエポック数を使い切っても学習できなかったシードです。</translation>
    </message>
    <message>
        <source>not solved</source>
        <translation>解けず</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Timeline </source>
        <translation>タイムライン </translation>
    </message>
    <message>
        <source>Every epoch trained so far. While training is paused, drag to see the model of any earlier epoch in every view, exactly as it was; Play goes on from the latest epoch. Alt+Left/Right steps one epoch, Alt+Shift+Left/Right 100; clicking the loss plot jumps there.</source>
        <translation>これまでに学習したすべてのエポック。一時停止中にドラッグすると、前のどのエポックのモデルも、そのときのままにすべての表示で見られます。再生は最新のエポックから続けます。Alt+左/右で 1 エポック、Alt+Shift+左/右で 100 エポック動きます。損失グラフをクリックすると、そのエポックに移ります。</translation>
    </message>
    <message>
        <source>The epoch the views show, of those trained.</source>
        <translation>学習したエポックのうち、表示しているエポック。</translation>
    </message>
    <message>
        <source>epoch {shown:,} of {latest:,}</source>
        <translation>エポック {shown:,} / {latest:,}</translation>
    </message>
</context>
<context>
    <name>TimelineControls</name>
    <message>
        <source>Back one epoch</source>
        <translation>1 エポック戻る</translation>
    </message>
    <message>
        <source>Show the epoch before.</source>
        <translation>1 つ前のエポックを表示します。</translation>
    </message>
    <message>
        <source>Forward one epoch</source>
        <translation>1 エポック進む</translation>
    </message>
    <message>
        <source>Show the next epoch.</source>
        <translation>次のエポックを表示します。</translation>
    </message>
    <message>
        <source>Back {n} epochs</source>
        <translation>{n} エポック戻る</translation>
    </message>
    <message>
        <source>Show the epoch {n} before.</source>
        <translation>{n} エポック前を表示します。</translation>
    </message>
    <message>
        <source>Forward {n} epochs</source>
        <translation>{n} エポック進む</translation>
    </message>
    <message>
        <source>Show the epoch {n} later.</source>
        <translation>{n} エポック後を表示します。</translation>
    </message>
    <message>
        <source>Latest epoch</source>
        <translation>最新のエポック</translation>
    </message>
    <message>
        <source>Train on from here...</source>
        <translation>ここから学習を続ける...</translation>
    </message>
    <message>
        <source>{tip} Only while training is paused ({keys}).</source>
        <translation>{tip}学習の一時停止中だけ使えます（{keys}）。</translation>
    </message>
    <message>
        <source>Show the latest epoch again (Alt+End).</source>
        <translation>最新のエポックの表示に戻ります（Alt+End）。</translation>
    </message>
    <message>
        <source>Drop the epochs after the one shown and train on from it, with the settings shown now.</source>
        <translation>表示しているエポックより後を捨て、いまの設定でそこから学習を続けます。</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>タイムライン(&amp;I)</translation>
    </message>
    <message>
        <source>Train on from epoch {epoch:,}?</source>
        <translation>エポック {epoch:,} から学習を続けますか？</translation>
    </message>
    <message>
        <source>Training goes on from epoch {epoch:,}, with the settings shown now. The {dropped:,} epochs after it (to epoch {latest:,}) are dropped; this cannot be undone.</source>
        <translation>いまの設定で、エポック {epoch:,} から学習を続けます。その後の {dropped:,} エポック（エポック {latest:,} まで）は捨てられ、元に戻せません。</translation>
    </message>
    <message>
        <source>Train on from here</source>
        <translation>ここから学習を続ける</translation>
    </message>
    <message>
        <source>Training on from epoch {epoch:,}.</source>
        <translation>エポック {epoch:,} から学習を続けています。</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>Training stopped because of an error: {0}. Press Reset to start again.</source>
        <translation>エラーのため学習が止まりました（{0}）。「リセット」を押してやり直してください。</translation>
    </message>
    <message>
        <source>Cannot set that weight: {0}.</source>
        <translation>その重みは設定できません（{0}）。</translation>
    </message>
    <message>
        <source>The training engine is still starting: try again soon.</source>
        <translation>学習エンジンがまだ起動中です。少ししてからもう一度試してください。</translation>
    </message>
    <message>
        <source>Pause training (Space) to edit the network by hand.</source>
        <translation>ネットワークを手で変更するには、学習を一時停止してください（スペース）。</translation>
    </message>
    <message>
        <source>Wait for the seed sweep to finish, then edit.</source>
        <translation>シードの一括試行が終わってから変更してください。</translation>
    </message>
    <message>
        <source>This run diverged: press Reset (R) before editing it.</source>
        <translation>この学習は発散しました。変更する前に「リセット」（R）を押してください。</translation>
    </message>
    <message>
        <source>This run stopped: press Reset (R) before editing it.</source>
        <translation>この学習は止まりました。変更する前に「リセット」（R）を押してください。</translation>
    </message>
</context>
<context>
    <name>TruthTable</name>
    <message>
        <source>target</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>count</source>
        <translation>点の数</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正しい</translation>
    </message>
    <message>
        <source>share right</source>
        <translation>正しい割合</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>right?</source>
        <translation>正しい？</translation>
    </message>
    <message>
        <source>Every point of the data set, summed up: training points and test points (never trained on), by target. A point is right when the output is on its target&apos;s side of 0.5, or for heights within {tolerance:g} of its target.</source>
        <translation>データのすべての点を、学習用とテスト用（学習には使わない点）に分け、正解ごとにまとめています。出力が 0.5 から見て正解と同じ側にあれば正しい点です。高さを学ぶデータでは、正解から {tolerance:g} 以内なら正しい点です。</translation>
    </message>
    <message>
        <source>The four training inputs, what the gate should output (target) and what the network outputs now. A row is right (✓) when the output is on the same side of 0.5 as the target; within {margin:g} of 0.5 it is undecided (?). Click a target to flip it: the network then learns that function instead.</source>
        <translation>4 つの学習用の入力、ゲートが出すべき値（正解）、いまのネットワークの出力。出力が 0.5 から見て正解と同じ側にあれば、その行は正しい（✓）とみなします。0.5 との差が {margin:g} 以内なら未確定（?）です。正解をクリックすると反転でき、ネットワークは代わりにその関数を学習します。</translation>
    </message>
    <message>
        <source>Click a target to flip it (0 to 1, 1 to 0).</source>
        <translation>正解をクリックすると反転します（0 を 1 に、1 を 0 に）。</translation>
    </message>
    <message>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト用</translation>
    </message>
    <message>
        <source>training</source>
        <translation>学習用</translation>
    </message>
    <message>
        <source>height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Click to flip: learn {function} instead.</source>
        <translation>クリックで反転します。代わりに {function} を学習します。</translation>
    </message>
</context>
<context>
    <name>UnitFocus</name>
    <message>
        <source>The 3-D view shows {what}.</source>
        <translation>3D 表示は{what}を表示しています。</translation>
    </message>
    <message>
        <source>The 3-D view shows the output again.</source>
        <translation>3D 表示を出力に戻しました。</translation>
    </message>
    <message>
        <source>the network&apos;s output</source>
        <translation>ネットワークの出力</translation>
    </message>
    <message>
        <source>hidden unit {unit} of layer {layer} ({activation})</source>
        <translation>中間層 {layer} のユニット {unit}（{activation}）</translation>
    </message>
    <message>
        <source>Showing {what} over the input square, not the network&apos;s output.</source>
        <translation>ネットワークの出力ではなく、入力平面の上での{what}を表示しています。</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>Type a number (such as 20 or -0.5) and press Enter; Esc cancels.</source>
        <translation>数値（20 や -0.5 など）を入力して Enter を押してください。Esc で取り消します。</translation>
    </message>
</context>
<context>
    <name>ViewExportMenu</name>
    <message>
        <source>Export &amp;view as PNG</source>
        <translation>表示を PNG で書き出す(&amp;V)</translation>
    </message>
    <message>
        <source>Save any view of the window as a PNG image, as it shows now.</source>
        <translation>ウィンドウのどの表示でも、いま見えているとおりに PNG 画像として保存します。</translation>
    </message>
    <message>
        <source>3-D surface</source>
        <translation>3D の曲面</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>損失グラフ</translation>
    </message>
    <message>
        <source>Truth table</source>
        <translation>真理値表</translation>
    </message>
    <message>
        <source>truth table</source>
        <translation>真理値表</translation>
    </message>
    <message>
        <source>Export {view} as PNG</source>
        <translation>{view}を PNG で書き出す</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>WeightsModel</name>
    <message>
        <source>layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>ユニット</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>{0} = {1}{2}</source>
        <translation>{0} = {1}{2}</translation>
    </message>
    <message>
        <source>
Set by hand in this run.</source>
        <translation>
この学習で手で設定しました。</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>バイアス</translation>
    </message>
    <message>
        <source>weight from {0}</source>
        <translation>{0} からの重み</translation>
    </message>
</context>
<context>
    <name>WeightsTable</name>
    <message>
        <source>Every weight and bias, live. While training is paused, double-click a value (or press F2) to type a new one.</source>
        <translation>すべての重みとバイアス（学習に合わせて更新）。一時停止中は、値をダブルクリック（または F2）で新しい値を入力できます。</translation>
    </message>
    <message>
        <source>Cannot use that value: {0}.</source>
        <translation>その値は使えません（{0}）。</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <source>The views are back in their places.</source>
        <translation>表示を最初の位置に戻しました。</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>配置を元に戻す(&amp;L)</translation>
    </message>
    <message>
        <source>Put the views and the dividers back where they start.</source>
        <translation>表示と仕切りを最初の位置に戻します。</translation>
    </message>
</context>
<context>
    <name>animation_frame</name>
    <message>
        <source>epoch {epoch:,}    loss {loss:.6f}</source>
        <translation>エポック {epoch:,}    損失 {loss:.6f}</translation>
    </message>
    <message>
        <source>epoch {epoch:,}    loss {loss:.6f}    test loss {test:.6f}</source>
        <translation>エポック {epoch:,}    損失 {loss:.6f}    テストの損失 {test:.6f}</translation>
    </message>
</context>
<context>
    <name>atlas</name>
    <message>
        <source>learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>hidden width</source>
        <translation>ユニット数</translation>
    </message>
    <message>
        <source>hidden layers</source>
        <translation>中間層の数</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>モーメンタム</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>活性化関数</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>input features</source>
        <translation>入力の特徴量</translation>
    </message>
    <message>
        <source>L1 rate</source>
        <translation>L1 正則化の率</translation>
    </message>
    <message>
        <source>L2 rate</source>
        <translation>L2 正則化の率</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>フルバッチ</translation>
    </message>
    <message>
        <source>learning rate {value}</source>
        <translation>学習率 {value}</translation>
    </message>
    <message>
        <source>{value} hidden units</source>
        <translation>中間層のユニット {value} 個</translation>
    </message>
    <message>
        <source>{value} hidden layers</source>
        <translation>中間層 {value} 層</translation>
    </message>
    <message>
        <source>momentum {value}</source>
        <translation>モーメンタム {value}</translation>
    </message>
    <message>
        <source>optimizer {value}</source>
        <translation>最適化手法 {value}</translation>
    </message>
    <message>
        <source>{value} activations</source>
        <translation>活性化関数 {value}</translation>
    </message>
    <message>
        <source>noise {value}</source>
        <translation>ノイズ {value}</translation>
    </message>
    <message>
        <source>batch size {value}</source>
        <translation>バッチサイズ {value}</translation>
    </message>
    <message>
        <source>features {value}</source>
        <translation>特徴量 {value}</translation>
    </message>
    <message>
        <source>L1 rate {value}</source>
        <translation>L1 正則化の率 {value}</translation>
    </message>
    <message>
        <source>L2 rate {value}</source>
        <translation>L2 正則化の率 {value}</translation>
    </message>
    <message>
        <source>{where}: not trained yet</source>
        <translation>{where} はまだ学習していません</translation>
    </message>
    <message>
        <source>{where}: {solved} of {seeds} seeds solved ({share:.0%})</source>
        <translation>{where}:{seeds} 個中 {solved} 個のシードが解けました（{share:.0%}）</translation>
    </message>
    <message>
        <source>; none solved within the budget</source>
        <translation>。設定したエポック数で解けたシードはありません</translation>
    </message>
    <message>
        <source>; epochs to solve: median {median:,.0f}, 90th percentile {p90:,.0f}</source>
        <translation>。解けるまでのエポック数は中央値 {median:,.0f}、90 パーセンタイル {p90:,.0f}</translation>
    </message>
    <message>
        <source> (too few solved to tell: grey on the right)</source>
        <translation>（解けたシードが少なすぎて判断できないため、右の図では灰色）</translation>
    </message>
    <message>
        <source>The note reads the picture once the first cells are trained.</source>
        <translation>最初のマスの学習が終わると、ここに図の読み方が出ます。</translation>
    </message>
    <message>
        <source>With {setting}, {share:.0%} of seeds learn {gate}</source>
        <translation>{setting}では、シードの {share:.0%} が {gate} を学習します</translation>
    </message>
    <message>
        <source>with {value}, {share:.0%}</source>
        <translation>{value} では {share:.0%}</translation>
    </message>
    <message>
        <source>{earlier}; {later}</source>
        <translation>{earlier}。{later}</translation>
    </message>
    <message>
        <source>{reading}.</source>
        <translation>{reading}。</translation>
    </message>
    <message>
        <source>{reading} Each at its best {other}.</source>
        <translation>{reading}どれもいちばんよい{other}での値です。</translation>
    </message>
    <message>
        <source>So far: {reading}</source>
        <translation>ここまでの結果:{reading}</translation>
    </message>
    <message>
        <source> ({setting})</source>
        <translation>（{setting}）</translation>
    </message>
    <message>
        <source> ({setting}, median {median:,.0f} epochs)</source>
        <translation>（{setting}、中央値 {median:,.0f} エポック）</translation>
    </message>
    <message>
        <source>Both axes vary {setting}: choose another setting for one of them.</source>
        <translation>両方の軸が{setting}になっています。どちらかを別の設定にしてください。</translation>
    </message>
    <message>
        <source>{side}: not a setting an atlas can vary.</source>
        <translation>{side}は、設定マップで変えられる設定ではありません。</translation>
    </message>
    <message>
        <source>{side} ({setting})</source>
        <translation>{side}（{setting}）</translation>
    </message>
    <message>
        <source>{where}: {count} values; an axis takes {most} at most.</source>
        <translation>{where}には値が {count} 個あります。1 つの軸に取れるのは {most} 個までです。</translation>
    </message>
    <message>
        <source>{where}: a value is given twice; give each value once.</source>
        <translation>{where}には同じ値が 2 回書かれています。値は 1 回ずつ書いてください。</translation>
    </message>
    <message>
        <source>{where}: {value} is not allowed; {allowed}.</source>
        <translation>{where}の {value} は使えません。{allowed}。</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} または {second}</translation>
    </message>
    <message>
        <source>{where}: “{values}” cannot be read; for example {examples}.</source>
        <translation>{where}の「{values}」は読み取れません。例:{examples}。</translation>
    </message>
    <message>
        <source>a learning rate is from {low:g} to {high:g}</source>
        <translation>学習率は {low:g}～{high:g} です</translation>
    </message>
    <message>
        <source>a momentum is from 0 to {high:g}</source>
        <translation>モーメンタムは 0～{high:g} です</translation>
    </message>
    <message>
        <source>a width is from {low} to {high} units</source>
        <translation>ユニット数は {low}～{high} です</translation>
    </message>
    <message>
        <source>from 0 to {high} hidden layers</source>
        <translation>中間層は 0～{high} 層です</translation>
    </message>
    <message>
        <source>a noise is from 0 to {high:g}</source>
        <translation>ノイズは 0～{high:g} です</translation>
    </message>
    <message>
        <source>a batch size is from 0 (full batch) to {high}</source>
        <translation>バッチサイズは 0（フルバッチ）～{high} です</translation>
    </message>
    <message>
        <source>a rate is from 0 to {high:g}</source>
        <translation>率は 0～{high:g} です</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} のどれかです</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>identity (none)</source>
        <translation>恒等関数（なし）</translation>
    </message>
    <message>
        <source>sigmoid (0 to 1)</source>
        <translation>シグモイド（0～1）</translation>
    </message>
    <message>
        <source>linear (no squashing)</source>
        <translation>線形（0～1 に押し込めない）</translation>
    </message>
    <message>
        <source>BCE (cross-entropy)</source>
        <translation>BCE（交差エントロピー）</translation>
    </message>
    <message>
        <source>MSE (squared error)</source>
        <translation>MSE（二乗誤差）</translation>
    </message>
    <message>
        <source>Your own points</source>
        <translation>自分で作った点</translation>
    </message>
</context>
<context>
    <name>edit_words</name>
    <message>
        <source>The bias of {unit}</source>
        <translation>{unit} のバイアス</translation>
    </message>
    <message>
        <source>the bias of {unit}</source>
        <translation>{unit} のバイアス</translation>
    </message>
    <message>
        <source>The weight {unit} &lt;- {source}</source>
        <translation>重み {unit} ← {source}</translation>
    </message>
    <message>
        <source>the weight {unit} &lt;- {source}</source>
        <translation>重み {unit} ← {source}</translation>
    </message>
    <message>
        <source>hand-made XOR (OR, NAND, AND)</source>
        <translation>手作りの XOR（OR、NAND、AND）</translation>
    </message>
    <message>
        <source>set to the {preset} preset</source>
        <translation>{preset}のプリセットに設定</translation>
    </message>
    <message>
        <source>{parameter} set to {after:g} (was {before:.6g})</source>
        <translation>{parameter}を {after:g} に設定（元は {before:.6g}）</translation>
    </message>
    <message>
        <source>{count} weights and biases set by hand</source>
        <translation>{count} 個の重みとバイアスを手で設定</translation>
    </message>
    <message>
        <source>the network has no layer {layer}</source>
        <translation>ネットワークに層 {layer} はありません</translation>
    </message>
    <message>
        <source>layer {layer} has no unit {unit}</source>
        <translation>層 {layer} にユニット {unit} はありません</translation>
    </message>
    <message>
        <source>layer {layer} has no input {input}</source>
        <translation>層 {layer} に入力 {input} はありません</translation>
    </message>
    <message>
        <source>a weight must be a finite number</source>
        <translation>重みは有限の数でなければなりません</translation>
    </message>
    <message>
        <source>a weight must lie between {low:g} and {high:g}</source>
        <translation>重みは {low:g}～{high:g} の範囲でなければなりません</translation>
    </message>
    <message>
        <source>{text} is not a number: type one such as -2.5</source>
        <translation>{text} は数値ではありません。-2.5 のような数値を入力してください</translation>
    </message>
    <message>
        <source>nothing was typed: type a number such as -2.5</source>
        <translation>何も入力されていません。-2.5 のような数値を入力してください</translation>
    </message>
    <message>
        <source>the new weights do not fit this network&apos;s shape</source>
        <translation>新しい重みが、このネットワークの構成に合いません</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>{name} already exists. Do you want to replace it?</source>
        <translation>{name} はすでにあります。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>gate_words</name>
    <message>
        <source>FALSE</source>
        <translation>常に 0</translation>
    </message>
    <message>
        <source>TRUE</source>
        <translation>常に 1</translation>
    </message>
    <message>
        <source>{bits} ({formula})</source>
        <translation>{bits}（{formula}）</translation>
    </message>
</context>
<context>
    <name>gl_support</name>
    <message>
        <source>disabled by {variable}</source>
        <translation>{variable} で無効にされています</translation>
    </message>
    <message>
        <source>the Qt platform &apos;{platform}&apos; has no OpenGL</source>
        <translation>Qt のプラットフォーム「{platform}」には OpenGL がありません</translation>
    </message>
    <message>
        <source>QOpenGLContext.create() failed</source>
        <translation>QOpenGLContext.create() が失敗しました</translation>
    </message>
    <message>
        <source>the OpenGL context could not be made current</source>
        <translation>OpenGL コンテキストをカレントにできませんでした</translation>
    </message>
    <message>
        <source>the OpenGL driver reported no version</source>
        <translation>OpenGL ドライバーがバージョンを返しませんでした</translation>
    </message>
</context>
<context>
    <name>hidden_space_note</name>
    <message>
        <source>No hidden layer: the inputs go straight to the output, so there is no hidden space. Add a hidden layer to see one.</source>
        <translation>中間層がないので、入力はそのまま出力に届きます。そのため、中間層から見た入力はありません。中間層を加えると見られます。</translation>
    </message>
    <message>
        <source>{gate} gives one answer for all four inputs.</source>
        <translation>{gate} は 4 つの入力すべてに同じ答えを返します。</translation>
    </message>
    <message>
        <source>The output&apos;s boundary cuts them apart.</source>
        <translation>出力の決定境界がそれらを分けています。</translation>
    </message>
    <message>
        <source>The output&apos;s boundary has not found the gap yet.</source>
        <translation>出力の決定境界はまだすき間を見つけていません。</translation>
    </message>
    <message>
        <source>Not separable by one line: an identity activation only stretches and turns the plane, it cannot bend it, so {gate} stays as tangled as in the inputs.</source>
        <translation>1 本の直線では分けられません。恒等関数は平面を伸ばしたり回したりするだけで曲げられないので、{gate} は入力のときと同じように入り組んだままです。</translation>
    </message>
    <message>
        <source>Not separable over these units, but over all {width} units of the layer it is: try other units.</source>
        <translation>これらのユニットでは分けられませんが、この層の {width} 個のユニットすべてでは分けられます。ほかのユニットを選んでみてください。</translation>
    </message>
    <message>
        <source>Not yet separable by one line: the 1s and the 0s still interleave. Training bends the space until one line can cut them.</source>
        <translation>まだ 1 本の直線では分けられません。1 と 0 がまだ入り組んでいます。学習が空間を曲げて、やがて 1 本の直線で分けられるようになります。</translation>
    </message>
    <message>
        <source>Each point sits where the hidden units put it. Training moves the points until the next layer can cut the two classes apart.</source>
        <translation>各点は、中間層のユニットが写した位置にあります。学習が進むと、次の層が 2 つのクラスを切り分けられるところまで点が動きます。</translation>
    </message>
    <message>
        <source>The output&apos;s boundary puts {right} of the {count} training points on their target&apos;s side here.</source>
        <translation>ここでは、出力の境界が学習用の点 {count} 個のうち {right} 個を正解の側に置いています。</translation>
    </message>
    <message>
        <source>Hollow points are test points: placed the same way, never trained on.</source>
        <translation>白抜きの点はテスト用の点です。同じように写しますが、学習には使いません。</translation>
    </message>
    <message>
        <source>{gate} can be cut by one plane here, as it already could in the input plane.</source>
        <translation>ここでは {gate} を 1 枚の平面で分けられます。入力平面ですでにそうだったとおりです。</translation>
    </message>
    <message>
        <source>{gate} can be cut by one line here, as it already could in the input plane.</source>
        <translation>ここでは {gate} を 1 本の直線で分けられます。入力平面ですでにそうだったとおりです。</translation>
    </message>
    <message>
        <source>{gate} is now separable by one plane: the hidden layer has bent the space.</source>
        <translation>{gate} が 1 枚の平面で分けられるようになりました。中間層が空間を曲げたのです。</translation>
    </message>
    <message>
        <source>{gate} is now separable by one line: the hidden layer has bent the space.</source>
        <translation>{gate} が 1 本の直線で分けられるようになりました。中間層が空間を曲げたのです。</translation>
    </message>
    <message>
        <source>The output is 0.5 everywhere: no boundary yet.</source>
        <translation>出力はどこでも 0.5 です。境界はまだありません。</translation>
    </message>
    <message>
        <source>The output&apos;s line lies outside this view: all four points are on one side of it.</source>
        <translation>出力の直線はこの表示の外にあります。4 つの点はすべてその片側にあります。</translation>
    </message>
    <message>
        <source>The output&apos;s line lies outside this view: all the points are on one side of it.</source>
        <translation>出力の線はこの図の外にあります。すべての点がその片側にあります。</translation>
    </message>
    <message>
        <source>The line is drawn with the other {count} units held at their mean over the four inputs.</source>
        <translation>直線は、ほかの {count} 個のユニットを 4 つの入力での平均に固定して描いています。</translation>
    </message>
    <message>
        <source>The line is drawn with the other {count} units held at their mean over the points.</source>
        <translation>線は、ほかの {count} 個のユニットを全点での平均値に固定して描いています。</translation>
    </message>
    <message>
        <source>Lines: where each unit of the second hidden layer changes side (its input is 0).</source>
        <translation>線は、2 つ目の中間層の各ユニットの入力が 0 になる（側が入れ替わる）ところです。</translation>
    </message>
</context>
<context>
    <name>hidden_space_plot</name>
    <message>
        <source>{unit}: unit {number} of hidden layer 1</source>
        <translation>{unit}（中間層 1 のユニット {number}）</translation>
    </message>
</context>
<context>
    <name>hidden_views</name>
    <message>
        <source>Hidden space</source>
        <translation>中間層から見た入力</translation>
    </message>
    <message>
        <source>Show or hide the hidden space: the four inputs as the first hidden layer sees them, and the output&apos;s line there.</source>
        <translation>「中間層から見た入力」の表示を切り替えます。最初の中間層から見た 4 つの入力と、そこでの出力の直線（決定境界）を示します。</translation>
    </message>
</context>
<context>
    <name>pinned_curves</name>
    <message>
        <source>training</source>
        <translation>学習用</translation>
    </message>
    <message>
        <source>test</source>
        <translation>テスト用</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>この学習</translation>
    </message>
    <message>
        <source>this run: {label}</source>
        <translation>この学習:{label}</translation>
    </message>
    <message>
        <source>this run, test</source>
        <translation>この学習のテスト</translation>
    </message>
</context>
<context>
    <name>refusal</name>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} は存在しません。</translation>
    </message>
    <message>
        <source>{file} is a folder; choose a {kind} file.</source>
        <translation>{file} はフォルダーです。{kind}ファイルを選んでください。</translation>
    </message>
    <message>
        <source>{file} is not an ordinary file (a device, a pipe or a system file); choose a {kind} file.</source>
        <translation>{file} は通常のファイルではありません（デバイス、パイプ、システムのファイルなど）。{kind}ファイルを選んでください。</translation>
    </message>
    <message>
        <source>You may not read {file}.</source>
        <translation>{file} を読む権限がありません。</translation>
    </message>
    <message>
        <source>{file} cannot be read.</source>
        <translation>{file} を読み込めません。</translation>
    </message>
    <message>
        <source>{file} is empty; it is not a {kind} file.</source>
        <translation>{file} は空です。{kind}ファイルではありません。</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB, larger than any {kind} file.</source>
        <translation>{file} は {limit} MB を超えています。{kind}ファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>{file} is not a UTF-8 text file.</source>
        <translation>{file} は UTF-8 のテキストファイルではありません。</translation>
    </message>
    <message>
        <source>{file} is not an xorgui session file (or it is cut short).</source>
        <translation>{file} は xorgui のセッションファイルではありません（または途中で切れています）。</translation>
    </message>
    <message>
        <source>{file} was saved by a newer xorgui (session format {version}); this version reads format {supported}, so update xorgui to open it.</source>
        <translation>{file} は新しい xorgui で保存されています（セッション形式 {version}）。このバージョンが読めるのは形式 {supported} までです。開くには xorgui を更新してください。</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, more than any session holds.</source>
        <translation>{file} は展開すると {limit} MB を超えます。セッションとしては大きすぎます。</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be opened: {part}.</source>
        <translation>{file} は壊れているため開けません（{part}）。</translation>
    </message>
    <message>
        <source>{file} holds settings this version cannot use: {reason}</source>
        <translation>{file} には、このバージョンでは使えない設定が含まれています。{reason}</translation>
    </message>
    <message>
        <source>{setting}: {value} is not allowed; expected {allowed}.</source>
        <translation>{setting}の値 {value} は使えません。使える値は{allowed}です。</translation>
    </message>
    <message>
        <source>{setting} is missing; expected {allowed}.</source>
        <translation>{setting}がありません。{allowed}が必要です。</translation>
    </message>
    <message>
        <source>{file} is not a configuration: it is not valid JSON (line {line}, column {column}).</source>
        <translation>{file} は設定ファイルではありません。JSON として正しくありません（{line} 行目、{column} 文字目）。</translation>
    </message>
    <message>
        <source>{file} nests lists or objects more than {depth} deep.</source>
        <translation>{file} はリストやオブジェクトの入れ子が {depth} 段を超えています。</translation>
    </message>
    <message>
        <source>{file} holds a number of more than {digits} digits.</source>
        <translation>{file} に {digits} 桁を超える数値が含まれています。</translation>
    </message>
    <message>
        <source>{file} holds {value}, which is not a number.</source>
        <translation>{file} に含まれる {value} は数値ではありません。</translation>
    </message>
    <message>
        <source>{file} is not a CSV file of points: line {line} has no commas (each line holds x1,x2,label).</source>
        <translation>{file} は点の CSV ファイルではありません。{line} 行目にカンマがありません（各行は x1,x2,label の形です）。</translation>
    </message>
    <message>
        <source>{file}, line {line}: its quotation marks do not pair up.</source>
        <translation>{file} の {line} 行目で引用符（&quot;）が閉じていません。</translation>
    </message>
    <message>
        <source>{file}, line {line}: {count} values where a point has 3 (x1,x2,label).</source>
        <translation>{file} の {line} 行目には値が {count} 個あります。点の値は 3 個（x1,x2,label）です。</translation>
    </message>
    <message>
        <source>{file}, line {line}: neither a point nor the header x1,x2,label.</source>
        <translation>{file} の {line} 行目は、点でも見出し行 x1,x2,label でもありません。</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not a number.</source>
        <translation>{file} の {line} 行目 {column} 列目の {value} は数ではありません。</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is outside the square; x1 and x2 are from 0 to 1.</source>
        <translation>{file} の {line} 行目 {column} 列目の {value} は入力平面の外です。x1 と x2 は 0～1 の範囲です。</translation>
    </message>
    <message>
        <source>{file}, line {line}: the label {value} is neither 0 nor 1 (the two classes).</source>
        <translation>{file} の {line} 行目のラベル {value} は 0 でも 1 でもありません（クラスは 0 と 1 の 2 つです）。</translation>
    </message>
    <message>
        <source>{file} holds {count} points; a data set needs at least {low}.</source>
        <translation>{file} の点は {count} 個です。データセットには少なくとも {low} 個の点が必要です。</translation>
    </message>
    <message>
        <source>{file} holds more than {high} points, more than a data set holds.</source>
        <translation>{file} には {high} 個を超える点があります。データセットに入る点の数を超えています。</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file} に書き込めません（{reason}）。</translation>
    </message>
    <message>
        <source>cannot write {file}: a file name has no null character</source>
        <translation>{file} に書き込めません。ファイル名にヌル文字は使えません。</translation>
    </message>
    <message>
        <source>cannot write {file}: it is a folder, not a file</source>
        <translation>{file} はフォルダーなので、ファイルとして書き込めません。</translation>
    </message>
    <message>
        <source>cannot write {file}: it is not an ordinary file (a device or a pipe)</source>
        <translation>{file} は通常のファイルではない（デバイスやパイプです）ので、書き込めません。</translation>
    </message>
    <message>
        <source>cannot write {file}: the folder {folder} does not exist</source>
        <translation>{file} に書き込めません。フォルダー {folder} がありません。</translation>
    </message>
    <message>
        <source>cannot write {file}: the image is empty</source>
        <translation>{file} に書き込めません。画像が空です。</translation>
    </message>
    <message>
        <source>cannot write {file}: the image could not be encoded</source>
        <translation>{file} に書き込めません。画像を PNG にできませんでした。</translation>
    </message>
    <message>
        <source>cannot encode the {format}: {reason}</source>
        <translation>{format} を作れませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>cannot write an animation without frames</source>
        <translation>コマが 1 枚もないアニメーションは書き出せません。</translation>
    </message>
    <message>
        <source>{file} has {extension}; an animation is a {allowed} file</source>
        <translation>{file} の拡張子は {extension} です。アニメーションのファイルは {allowed} のどれかです。</translation>
    </message>
    <message>
        <source>the training engine has not started yet</source>
        <translation>学習エンジンがまだ起動していません。</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>{choices} のいずれか</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} から {high} までの整数</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>{low} から {high} までの数値</translation>
    </message>
    <message>
        <source>0 to {layers} hidden layers, each {low} to {high} units wide</source>
        <translation>中間層 0 から {layers} 層、各層 {low} から {high} ユニット</translation>
    </message>
    <message>
        <source>{mse} with a linear output (cross-entropy needs a sigmoid output between 0 and 1)</source>
        <translation>線形の出力では {mse}(交差エントロピーには 0 から 1 の間の値を出す σ の出力が必要です)</translation>
    </message>
    <message>
        <source>one of {choices}, or the 4 target bits for the inputs (0,0) (0,1) (1,0) (1,1), such as 1011</source>
        <translation>{choices} のいずれか、または入力 (0,0) (0,1) (1,0) (1,1) に対する 4 つの目標ビット（例:1011）</translation>
    </message>
    <message>
        <source>format version {version}</source>
        <translation>形式バージョン {version}</translation>
    </message>
    <message>
        <source>one of the settings {keys}</source>
        <translation>設定項目 {keys} のいずれか</translation>
    </message>
    <message>
        <source>a JSON object of settings</source>
        <translation>設定の JSON オブジェクト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true、false、null のいずれか</translation>
    </message>
    <message>
        <source>a list of layer widths, such as [2]</source>
        <translation>中間層のユニット数のリスト（例:[2]）</translation>
    </message>
    <message>
        <source>comma-separated widths such as 2 or 4,4, or none</source>
        <translation>2 や 4,4 のようにカンマで区切ったユニット数、または none</translation>
    </message>
    <message>
        <source>one or more different features of {choices}</source>
        <translation>{choices} から選んだ、重複のない 1 つ以上の特徴量</translation>
    </message>
    <message>
        <source>a list of {low} to {high} points, each [x1, x2, label]</source>
        <translation>{low} から {high} 個の点のリスト（各点は [x1, x2, ラベル]）</translation>
    </message>
    <message>
        <source>points whose x1, x2 and label are each a number from 0 to 1</source>
        <translation>x1、x2、ラベルがどれも 0 から 1 までの数値である点</translation>
    </message>
    <message>
        <source>a test share that leaves at least one point to train on</source>
        <translation>学習に使う点が 1 つ以上残るテストの割合</translation>
    </message>
    <message>
        <source>its description is unreadable</source>
        <translation>説明の部分が読めません</translation>
    </message>
    <message>
        <source>its numbers are unreadable</source>
        <translation>数値の部分が読めません</translation>
    </message>
    <message>
        <source>it holds text or objects where numbers belong</source>
        <translation>数値が入るべきところに文字列やオブジェクトが入っています</translation>
    </message>
    <message>
        <source>its numbers do not fill the sizes they claim</source>
        <translation>数値の量が記録された大きさと合いません</translation>
    </message>
    <message>
        <source>a part of it does not unpack to the size and content it states</source>
        <translation>ファイルの一部が記録された大きさや内容どおりに展開できません</translation>
    </message>
    <message>
        <source>a part is encrypted or packed in a way xorgui does not read</source>
        <translation>ファイルの一部が暗号化されているか、xorgui が読めない方式で圧縮されています</translation>
    </message>
    <message>
        <source>its checkpoints are out of order</source>
        <translation>チェックポイントの順序が正しくありません</translation>
    </message>
    <message>
        <source>its checkpoints are incomplete</source>
        <translation>チェックポイントが欠けています</translation>
    </message>
    <message>
        <source>its checkpoints are not of a {shape} network</source>
        <translation>チェックポイントが {shape} のネットワークのものではありません</translation>
    </message>
    <message>
        <source>its checkpoints hold values that are not numbers</source>
        <translation>チェックポイントに数値でない値が含まれています</translation>
    </message>
    <message>
        <source>its solved epochs are out of range</source>
        <translation>解けたエポックが範囲外です</translation>
    </message>
    <message>
        <source>its changes of settings do not fit its checkpoints</source>
        <translation>設定の変更がチェックポイントと合いません</translation>
    </message>
    <message>
        <source>its latest epoch does not fit its checkpoints</source>
        <translation>最新のエポックがチェックポイントと合いません</translation>
    </message>
    <message>
        <source>its latest model is damaged</source>
        <translation>最新のモデルが壊れています</translation>
    </message>
    <message>
        <source>its loss history does not fit the run</source>
        <translation>損失の履歴が学習の経過と合いません</translation>
    </message>
    <message>
        <source>its loss history holds values that are not numbers</source>
        <translation>損失の履歴に数値でない値が含まれています</translation>
    </message>
    <message>
        <source>its checkpoints are not evenly spaced</source>
        <translation>チェックポイントの間隔が正しくありません</translation>
    </message>
    <message>
        <source>its epoch budget is out of range</source>
        <translation>エポック数の上限が範囲外です</translation>
    </message>
    <message>
        <source>the epoch it showed is not one of its run</source>
        <translation>保存時に表示していたエポックが学習の範囲外です</translation>
    </message>
    <message>
        <source>its divergence is damaged</source>
        <translation>発散の記録が壊れています</translation>
    </message>
    <message>
        <source>its hand edits are damaged</source>
        <translation>手で編集した記録が壊れています</translation>
    </message>
    <message>
        <source>a pinned run is damaged</source>
        <translation>ピン留めした学習が壊れています</translation>
    </message>
    <message>
        <source>a pinned run&apos;s name is missing or longer than {most} characters</source>
        <translation>ピン留めした学習の名前がないか、{most} 文字を超えています</translation>
    </message>
    <message>
        <source>it pins more than {most} runs</source>
        <translation>ピン留めした学習が {most} 件を超えています</translation>
    </message>
    <message>
        <source>its window layout is damaged</source>
        <translation>ウィンドウの配置の記録が壊れています</translation>
    </message>
    <message>
        <source>a part of it is missing</source>
        <translation>ファイルの一部が欠けています</translation>
    </message>
    <message>
        <source>it holds more than {most} parts, more than any session</source>
        <translation>{most} 個を超える部分があり、セッションとしては多すぎます</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>permission denied (the folder is read-only or not yours)</source>
        <translation>フォルダーが読み取り専用か、ほかの人のもので、書き込みが許可されていません</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>フォルダーがありません</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名前が長すぎます</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>拡張子なし</translation>
    </message>
    <message>
        <source>session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>data points CSV</source>
        <translation>データの点の CSV</translation>
    </message>
    <message>
        <source>The configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>形式バージョン</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>“{text}”</source>
        <translation>「{text}」</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>{x} x {y}, seeds {first} to {last} in every cell</source>
        <translation>{x} × {y}、どのマスもシード {first}～{last}</translation>
    </message>
    <message>
        <source>Otherwise: {setup}</source>
        <translation>ほかの設定:{setup}</translation>
    </message>
</context>
<context>
    <name>run_labels</name>
    <message>
        <source>same setup</source>
        <translation>同じ設定</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>article&apos;s setup</source>
        <translation>記事の設定</translation>
    </message>
    <message>
        <source>no hidden layer</source>
        <translation>中間層なし</translation>
    </message>
    <message>
        <source>linear output</source>
        <translation>線形出力</translation>
    </message>
    <message>
        <source>sigmoid output</source>
        <translation>シグモイド出力</translation>
    </message>
    <message>
        <source>{loss} loss</source>
        <translation>{loss} 損失</translation>
    </message>
    <message>
        <source>features {value}</source>
        <translation>特徴量 {value}</translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation>{value} 個の点</translation>
    </message>
    <message>
        <source>noise {value}</source>
        <translation>ノイズ {value}</translation>
    </message>
    <message>
        <source>data seed {value}</source>
        <translation>データのシード {value}</translation>
    </message>
    <message>
        <source>test share {value}</source>
        <translation>テストの割合 {value}</translation>
    </message>
    <message>
        <source>{value} points of your own</source>
        <translation>自分で用意した点 {value} 個</translation>
    </message>
    <message>
        <source>batch size {value}</source>
        <translation>バッチサイズ {value}</translation>
    </message>
    <message>
        <source>L1 {value}</source>
        <translation>L1 {value}</translation>
    </message>
    <message>
        <source>L2 {value}</source>
        <translation>L2 {value}</translation>
    </message>
    <message>
        <source>width {value}</source>
        <translation>ユニット数 {value}</translation>
    </message>
    <message>
        <source>lr {value}</source>
        <translation>学習率 {value}</translation>
    </message>
    <message>
        <source>momentum {value}</source>
        <translation>モーメンタム {value}</translation>
    </message>
    <message>
        <source>seed {value}</source>
        <translation>シード {value}</translation>
    </message>
</context>
<context>
    <name>script</name>
    <message>
        <source>MKL&apos;s reproducible kernels (before torch loads): the app&apos;s numbers on any CPU</source>
        <translation>torch を読み込む前に MKL の再現性のある計算を選ぶ（どの CPU でもアプリと同じ数値になる）</translation>
    </message>
    <message>
        <source>one thread, as the app trains: the sums in the same order on any computer</source>
        <translation>1 スレッドで計算する（アプリと同じく、どのコンピューターでも足し算の順序が同じになる）</translation>
    </message>
    <message>
        <source>data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>labels (targets)</source>
        <translation>ラベル（正解）</translation>
    </message>
    <message>
        <source>data: the {count} points given</source>
        <translation>データ（与えられた {count} 個の点）</translation>
    </message>
    <message>
        <source>data: {count} points of the {name} set, drawn from their own seed</source>
        <translation>データ（{name} のデータセットから {count} 個の点を、データ専用のシードで作る）</translation>
    </message>
    <message>
        <source>the test points are drawn from the data&apos;s own seed</source>
        <translation>テスト用の点はデータ専用のシードで選ぶ</translation>
    </message>
    <message>
        <source>clouds hugging the four corners, each point labelled as {gate} labels its corner</source>
        <translation>4 つの角に寄り集まる点の雲。各点のラベルは、その角での {gate} の出力</translation>
    </message>
    <message>
        <source>a disc (label 1) inside a ring (label 0)</source>
        <translation>輪（ラベル 0）の内側にある円板（ラベル 1）</translation>
    </message>
    <message>
        <source>two round clouds: label 0 low on the diagonal, label 1 high</source>
        <translation>2 つの丸い点の雲。対角線の下側がラベル 0、上側がラベル 1</translation>
    </message>
    <message>
        <source>two spiral arms (labels 0 and 1) winding out from the centre</source>
        <translation>中心から外へ巻く 2 本のらせん（ラベル 0 と 1）</translation>
    </message>
    <message>
        <source>two interleaved half circles (labels 0 and 1)</source>
        <translation>かみ合った 2 つの半円（ラベル 0 と 1）</translation>
    </message>
    <message>
        <source>each point&apos;s height on a tilted plane, with noise (kept in 0..1)</source>
        <translation>各点の高さ（傾いた平面）にノイズを加える（0～1 に収める）</translation>
    </message>
    <message>
        <source>each point&apos;s height on a bump in the middle, with noise (kept in 0..1)</source>
        <translation>各点の高さ（中央のこぶ）にノイズを加える（0～1 に収める）</translation>
    </message>
    <message>
        <source>each point&apos;s height on a saddle, with noise (kept in 0..1)</source>
        <translation>各点の高さ（鞍形の曲面）にノイズを加える（0～1 に収める）</translation>
    </message>
    <message>
        <source>noise moves each point a little (it stays in the square)</source>
        <translation>ノイズで各点を少し動かす（入力平面の外には出さない）</translation>
    </message>
    <message>
        <source>hold out {test} of the {count} points for testing (never trained on)</source>
        <translation>{count} 個のうち {test} 個をテスト用に取り分ける（学習には使わない）</translation>
    </message>
    <message>
        <source>the network&apos;s inputs, computed from each point: {features}</source>
        <translation>各点から計算する、ネットワークへの入力: {features}</translation>
    </message>
    <message>
        <source>regularization penalizes the weights (not the biases)</source>
        <translation>正則化で罰則をかけるのは重みだけ（バイアスにはかけない）</translation>
    </message>
    <message>
        <source>each epoch&apos;s batches in a new random order, drawn from the seed</source>
        <translation>エポックごとに、シードから作る新しい順番でミニバッチに分ける</translation>
    </message>
    <message>
        <source>the loss on the test points, before this epoch&apos;s update</source>
        <translation>このエポックの更新の前の、テスト用の点での損失</translation>
    </message>
    <message>
        <source>the loss on every training point, before this epoch&apos;s updates</source>
        <translation>このエポックの更新の前の、すべての学習用の点での損失</translation>
    </message>
    <message>
        <source>the losses on every test and training point, before the updates</source>
        <translation>更新の前の、テスト用と学習用のすべての点での損失</translation>
    </message>
    <message>
        <source>loss and backpropagation</source>
        <translation>損失計算と逆伝播</translation>
    </message>
    <message>
        <source>L1 regularization: the weights&apos; sizes, added to the loss</source>
        <translation>L1 正則化（重みの絶対値の和を損失に加える）</translation>
    </message>
    <message>
        <source>L2 regularization: the weights&apos; squares, added to the loss</source>
        <translation>L2 正則化（重みの 2 乗の和を損失に加える）</translation>
    </message>
    <message>
        <source>SGD update</source>
        <translation>SGD 法による更新</translation>
    </message>
    <message>
        <source>Adam update</source>
        <translation>Adam による更新</translation>
    </message>
    <message>
        <source>print the loss every {every} epochs</source>
        <translation>{every} エポックごとに損失の値を表示</translation>
    </message>
    <message>
        <source>print the loss</source>
        <translation>損失の値を表示</translation>
    </message>
    <message>
        <source>2. The trained model&apos;s output, as a 3D surface</source>
        <translation>2. 学習後のモデルの出力を 3D グラフで可視化</translation>
    </message>
    <message>
        <source>the model in evaluation mode</source>
        <translation>モデルを評価モードに設定</translation>
    </message>
    <message>
        <source>a grid for x1 and x2 in the range [0, 1]</source>
        <translation>x1 と x2 の 0～1 の範囲の格子</translation>
    </message>
    <message>
        <source>the model&apos;s output (y) at each point of the grid</source>
        <translation>格子の各点でのモデルの出力 (y)</translation>
    </message>
    <message>
        <source>the 3D plot</source>
        <translation>3D グラフを描く</translation>
    </message>
</context>
<context>
    <name>setup_text</name>
    <message>
        <source>sigmoid</source>
        <translation>シグモイド</translation>
    </message>
    <message>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>恒等関数</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Four corners (the article)</source>
        <translation>4 つの角（記事）</translation>
    </message>
    <message>
        <source>Clouds at the corners</source>
        <translation>角のまわりの点の群れ</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Two Gaussians</source>
        <translation>2 つのガウス分布</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>らせん</translation>
    </message>
    <message>
        <source>Moons</source>
        <translation>三日月</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>傾いた平面（回帰）</translation>
    </message>
    <message>
        <source>Bump (regression)</source>
        <translation>山（回帰）</translation>
    </message>
    <message>
        <source>Saddle (regression)</source>
        <translation>鞍形（回帰）</translation>
    </message>
    <message>
        <source>Your own points</source>
        <translation>自分で作った点</translation>
    </message>
    <message>
        <source> (linear output)</source>
        <translation>（線形出力）</translation>
    </message>
    <message>
        <source>{name} lr {lr:g}</source>
        <translation>{name} 学習率 {lr:g}</translation>
    </message>
    <message>
        <source> momentum {m:g}</source>
        <translation> モーメンタム {m:g}</translation>
    </message>
    <message>
        <source> on {features}</source>
        <translation>（入力 {features}）</translation>
    </message>
    <message>
        <source>{loss} loss</source>
        <translation>{loss} 損失</translation>
    </message>
    <message>
        <source>{epochs:,} epochs</source>
        <translation>{epochs:,} エポック</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>シード {seed}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{gate} clouds</source>
        <translation>{gate} の点群</translation>
    </message>
    <message>
        <source>{name}, {count} points ({test} test)</source>
        <translation>{name}、{count} 点（テスト用 {test} 点）</translation>
    </message>
    <message>
        <source>{name}, {count} points</source>
        <translation>{name}、{count} 点</translation>
    </message>
</context>
<context>
    <name>surface_export</name>
    <message>
        <source>epoch {epoch:,} of {budget:,}, loss {loss:.4g}</source>
        <translation>エポック {epoch:,} / {budget:,}、損失 {loss:.4g}</translation>
    </message>
</context>
<context>
    <name>surface_items</name>
    <message>
        <source>y (Model Output)</source>
        <translation>y（モデルの出力）</translation>
    </message>
</context>
</TS>
